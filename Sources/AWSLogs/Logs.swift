/// Amazon CloudWatch Logs: log groups that services such as ElastiCache deliver their logs to, and the typed
/// `AWS::Logs::LogGroup` resource (`Logs.CfnLogGroup`).
public enum Logs {}
