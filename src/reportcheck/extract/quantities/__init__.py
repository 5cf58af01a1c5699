"""Measured quantities: distances, heights, depths and magnitudes (reportcheck_measures,
reportcheck_magnitude).
"""
