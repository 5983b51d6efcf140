/// Amazon CloudWatch Logs: log groups that services such as ElastiCache deliver their logs to.
public enum Logs {}
