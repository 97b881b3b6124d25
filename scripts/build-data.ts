// placeholder until the gazetteer build lands
