// Placeholder until the Alignment issue lands.
