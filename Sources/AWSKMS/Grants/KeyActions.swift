/// The actions of the AWS CDK's key grants.
enum KeyActions {
  static let admin = [
    "kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*",
    "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion",
    "kms:CancelKeyDeletion",
  ]
  static let encrypt = ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"]
  static let decrypt = ["kms:Decrypt"]
}
