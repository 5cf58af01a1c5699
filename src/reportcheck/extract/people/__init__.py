"""Named people and their roles (reportcheck_people)."""
