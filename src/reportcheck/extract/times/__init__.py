"""Times of day: the reportcheck_times component and the clock-time finders."""
