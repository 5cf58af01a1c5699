"""Places: the reportcheck_locations component, place spans in a Doc, and where a person died."""
