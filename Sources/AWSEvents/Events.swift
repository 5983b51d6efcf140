/// Amazon EventBridge: schedules.
public enum Events {}
