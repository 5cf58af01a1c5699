"""Counts of people killed, injured, missing and arrested (reportcheck_counts) and outcomes
(reportcheck_outcomes).
"""
