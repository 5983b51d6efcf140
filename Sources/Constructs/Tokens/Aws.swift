/// The CloudFormation pseudo parameters, independent of any stack.
///
/// Prefer a stack's `account`, `region` and `partition`, which are literals when the stack has an environment.
public enum Aws {
  /// `{"Ref": "AWS::AccountId"}`.
  public static var accountID: StringValue { pseudo("AWS::AccountId") }
  /// `{"Ref": "AWS::Region"}`.
  public static var region: StringValue { pseudo("AWS::Region") }
  /// `{"Ref": "AWS::Partition"}`.
  public static var partition: StringValue { pseudo("AWS::Partition") }
  /// `{"Ref": "AWS::URLSuffix"}`.
  public static var urlSuffix: StringValue { pseudo("AWS::URLSuffix") }
  /// `{"Ref": "AWS::StackName"}` of the stack where it is used.
  public static var stackName: StringValue { pseudo("AWS::StackName") }
  /// `{"Ref": "AWS::StackId"}` of the stack where it is used.
  public static var stackID: StringValue { pseudo("AWS::StackId") }
  /// `{"Ref": "AWS::NotificationARNs"}`.
  public static var notificationARNs: StringListValue {
    Token(intrinsic: "Ref", argument: "AWS::NotificationARNs").asList
  }
  /// `{"Ref": "AWS::NoValue"}`: removes the property it is assigned to.
  public static var noValue: Token { Token(intrinsic: "Ref", argument: "AWS::NoValue") }

  static func pseudo(_ name: String) -> StringValue {
    Token(intrinsic: "Ref", argument: .string(StringValue(name))).asString
  }
}
