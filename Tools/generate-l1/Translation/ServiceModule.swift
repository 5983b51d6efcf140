/// The module a service's generated classes go into, and the namespace they are declared in: the CDK's
/// layout, where `EC2.CfnSecurityGroup` and ElastiCache's `CfnSecurityGroup` are different classes.
struct ServiceModule: Hashable, Comparable {
  /// The service in the resource type, such as `EC2` in `AWS::EC2::VPC`.
  let service: String
  /// The Swift module, such as `AWSEC2`.
  let moduleName: String
  /// The caseless enum the classes are declared in, such as `EC2`; `nil` for classes at the top level
  /// (ElastiCache's, whose module is the library's own).
  let namespace: String?

  /// Every service whose resource types the toolkit emits, and its module.
  static let all: [ServiceModule] = [
    ServiceModule(service: "CloudWatch", moduleName: "AWSCloudWatch", namespace: "CloudWatch"),
    ServiceModule(service: "EC2", moduleName: "AWSEC2", namespace: "EC2"),
    ServiceModule(service: "ElastiCache", moduleName: "ElastiCache", namespace: nil),
    ServiceModule(service: "IAM", moduleName: "AWSIAM", namespace: "IAM"),
    ServiceModule(service: "KMS", moduleName: "AWSKMS", namespace: "KMS"),
    ServiceModule(service: "Lambda", moduleName: "AWSLambda", namespace: "Lambda"),
    ServiceModule(service: "Logs", moduleName: "AWSLogs", namespace: "Logs"),
    ServiceModule(service: "SSM", moduleName: "AWSSSM", namespace: "SSM"),
    ServiceModule(service: "SecretsManager", moduleName: "AWSSecretsManager", namespace: "SecretsManager"),
  ]

  /// The module of a resource type's service.
  static func of(typeName: String) throws(GeneratorError) -> ServiceModule {
    let parts = typeName.split(separator: ":", omittingEmptySubsequences: true)
    guard parts.count == 3, let module = all.first(where: { $0.service == parts[1] }) else {
      throw GeneratorError(
        "\(typeName): no module is known for its service; add it to ServiceModule.all (and to Package.swift)")
    }
    return module
  }

  /// The folder of the generated files, relative to the package's `Sources`.
  var generatedDirectory: String { "\(moduleName)/Generated" }

  /// The class's name as code outside its namespace spells it (`EC2.CfnVPC`).
  func qualified(_ name: String) -> String { namespace.map { "\($0).\(name)" } ?? name }

  static func < (lhs: ServiceModule, rhs: ServiceModule) -> Bool { lhs.moduleName < rhs.moduleName }
}
