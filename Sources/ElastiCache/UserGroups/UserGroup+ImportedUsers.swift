import CloudFormationModel
import Constructs

extension UserGroup {
  /// Checks the ids of the group's imported users, which no user construct of the app checks, against
  /// ElastiCache's rules for user ids; the users the app creates check their own ids.
  func validateImportedUserIDs(_ report: inout ValidationReport) {
    guard let rule = CfnUser.constraints.properties.properties["UserId"] else { return }
    for member in users ?? [] where !(member is UserBase) {
      guard let id = member.userId.literal else { continue }
      for problem in rule.problems(of: .string(id), at: "UserIds", in: CfnUserGroup.cfnResourceTypeName) {
        report.add(problem)
      }
    }
  }
}
