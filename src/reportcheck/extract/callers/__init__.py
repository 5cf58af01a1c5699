"""Who raised the alarm and who found the victim (rules/callers.yaml)."""
