// One line for the whole run when ../shared is absent, instead of a silent skip in each file that needs it.
import type { TestProject } from "vitest/node";
import { SHARED, sharedAbsent } from "../helpers/shared.js";

export default function setup(project: TestProject): void {
  // vitest runs a global setup for the root and again for each project that extends it
  if (sharedAbsent && project.isRootProject()) console.log(`${SHARED} is absent: the tests on the seed article are skipped`);
}
