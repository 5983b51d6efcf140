/// AWS Lambda: functions.
public enum Lambda {}
