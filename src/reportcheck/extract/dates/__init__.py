"""Dates: the reportcheck_dates component and the finders that read and resolve date phrases."""
