// Placeholder until the Terminology issue lands.
