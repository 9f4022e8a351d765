// Placeholder until the Segmentation issue lands.
