// Placeholder until the Memory issue lands.
