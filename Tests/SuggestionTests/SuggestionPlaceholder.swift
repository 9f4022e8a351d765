// Placeholder until the Suggestion issue lands.
