"""Weapons and where they were found (reportcheck_weapons, reportcheck_weapon_places)."""
