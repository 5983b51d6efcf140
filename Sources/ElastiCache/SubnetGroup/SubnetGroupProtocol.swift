public import AWSEC2
public import Constructs

/// A cache subnet group: the subnets of a VPC that a node-based cache's nodes are placed in. One created
/// in this app (``SubnetGroup``) or an existing one imported by name.
public protocol SubnetGroupProtocol: Construct {
  /// The subnet group's name.
  var subnetGroupName: StringValue { get }
  /// The subnets of the group; `nil` for an import that did not say.
  var subnets: [any EC2.SubnetProtocol]? { get }
}
