// Placeholder until the TMX issue lands.
