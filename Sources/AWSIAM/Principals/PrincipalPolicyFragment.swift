public import Constructs

extension IAM {
  /// How a principal appears in a policy statement: its `Principal` entries by type (`AWS`,
  /// `Service`...) and the conditions it brings along.
  public struct PrincipalPolicyFragment: Equatable {
    /// One type of principal and its values, such as `Service` and `["lambda.amazonaws.com"]`.
    public struct Entry: Equatable {
      /// The principal type: `AWS`, `Service`, `Federated` or `CanonicalUser`.
      public var type: String
      /// The principals of this type.
      public var values: [StringValue]

      /// An entry of `type` with `values`.
      public init(_ type: String, _ values: [StringValue]) {
        self.type = type
        self.values = values
      }
    }

    /// The principal entries, in order.
    public var principalJSON: [Entry]
    /// Conditions a statement naming this principal must carry, by operator and key.
    public var conditions: [String: [String: CfnValue]]

    /// A fragment with these entries and conditions.
    public init(_ principalJSON: [Entry], conditions: [String: [String: CfnValue]] = [:]) {
      self.principalJSON = principalJSON
      self.conditions = conditions
    }

    /// Appends another fragment's entries, merging values of the same type as the AWS CDK does.
    mutating func merge(_ other: PrincipalPolicyFragment) {
      for entry in other.principalJSON {
        if let index = principalJSON.firstIndex(where: { $0.type == entry.type }) {
          principalJSON[index].values += entry.values
        } else {
          principalJSON.append(entry)
        }
      }
    }
  }
}
