/// CloudWatch Logs: the typed `AWS::Logs::LogGroup` resource (`Logs.CfnLogGroup`).
public enum Logs {}
