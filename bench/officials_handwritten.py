"""Hand-written articles for the officials set, modelled on /work/shared/seeds (filled in below)."""
HANDWRITTEN: list = []
