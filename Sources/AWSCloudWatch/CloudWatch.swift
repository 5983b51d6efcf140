/// Amazon CloudWatch: metrics and alarms.
public enum CloudWatch {}
