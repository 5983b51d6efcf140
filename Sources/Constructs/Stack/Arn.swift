/// How the resource part of an ARN is laid out.
public enum ArnFormat: Sendable {
  /// `arn:aws:service:region:account:resource` — no name.
  case noResourceName
  /// `arn:aws:service:region:account:resource:name`.
  case colonResourceName
  /// `arn:aws:service:region:account:resource/name`.
  case slashResourceName
  /// `arn:aws:service:region:account:/resource/name`.
  case slashResourceSlashResourceName
}

/// The parts of an ARN. `nil` partition, region or account mean "the stack's".
public struct ArnComponents: Equatable {
  /// The partition, e.g. `aws`.
  public var partition: StringValue?
  /// The service namespace, e.g. `elasticache`.
  public var service: StringValue
  /// The region; an empty string for global services.
  public var region: StringValue?
  /// The account; an empty string where ARNs have none.
  public var account: StringValue?
  /// The resource type or name, e.g. `serverlesscache`.
  public var resource: StringValue
  /// The resource name after the separator.
  public var resourceName: StringValue?
  /// The layout of the resource part.
  public var arnFormat: ArnFormat?
  /// The separator between resource and name, when it is not implied by `arnFormat`.
  public var separator: String?

  /// ARN components; unset partition, region and account take the stack's values when formatted.
  public init(
    partition: StringValue? = nil,
    service: StringValue,
    region: StringValue? = nil,
    account: StringValue? = nil,
    resource: StringValue,
    resourceName: StringValue? = nil,
    arnFormat: ArnFormat? = nil,
    separator: String? = nil
  ) {
    self.partition = partition
    self.service = service
    self.region = region
    self.account = account
    self.resource = resource
    self.resourceName = resourceName
    self.arnFormat = arnFormat
    self.separator = separator
  }
}

/// An ARN that cannot be split.
public struct ArnParsingError: Error, Sendable, CustomStringConvertible {
  /// What is wrong with the ARN.
  public let message: String
  public var description: String { message }
}

extension Stack {
  /// Builds an ARN in this stack's partition, region and account unless the components name others.
  public func formatArn(_ components: ArnComponents) -> StringValue {
    let separator = components.separator ?? (components.arnFormat == .colonResourceName ? ":" : "/")
    if !["/", ":", ""].contains(separator) {
      node.addError("InvalidArnSeparator", #"resourcePathSep may only be ":", "/" or an empty string"#)
    }
    var arn: StringValue =
      "arn:\(components.partition ?? partition):\(components.service):\(components.region ?? region):\(components.account ?? account):"
    if components.arnFormat == .slashResourceSlashResourceName { arn = arn + "/" }
    arn = arn + components.resource
    if let name = components.resourceName { arn = arn + StringValue(separator) + name }
    return arn
  }

  /// Splits an ARN into its components. A literal ARN is parsed now; an ARN that is a token is split
  /// with `Fn::Select` and `Fn::Split` at deploy time, assuming `format`.
  public func splitArn(_ arn: StringValue, format: ArnFormat) throws(ArnParsingError) -> ArnComponents {
    try Arn.split(arn, format: format)
  }
}

/// ARN parsing as the AWS CDK does it.
enum Arn {
  static func split(_ arn: StringValue, format: ArnFormat) throws(ArnParsingError) -> ArnComponents {
    guard arn.literalPrefix.hasPrefix("arn:") else {
      if arn.isUnresolved { return splitToken(arn, format: format) }
      throw ArnParsingError(message: "ARNs must start with \"arn:\" and have at least 6 components: \(arn)")
    }
    // Deploy-time values inside the ARN stay whole: only its literal text is split.
    let components = arn.split(separator: ":")
    func component(_ index: Int) -> StringValue? {
      guard components.indices.contains(index), components[index].literal != "" else { return nil }
      return components[index]
    }
    guard let partition = component(1) else {
      throw ArnParsingError(message: "The `partition` component (2nd component) of an ARN is required: \(arn)")
    }
    guard let service = component(2) else {
      throw ArnParsingError(message: "The `service` component (3rd component) of an ARN is required: \(arn)")
    }
    guard let resourceTypeOrName = component(5) else {
      throw ArnParsingError(message: "The `resource` component (6th component) of an ARN is required: \(arn)")
    }
    let rest = Array(components.dropFirst(6))
    var pieces = resourceTypeOrName.split(separator: "/")
    let startsWithSlash = pieces.count > 1 && pieces[0].literal == ""
    if startsWithSlash { pieces.removeFirst() }
    var resource = resourceTypeOrName
    var resourceName: StringValue?
    var separator: String?
    var detected: ArnFormat
    if pieces.count > 1, format != .noResourceName {
      separator = "/"
      detected = startsWithSlash ? .slashResourceSlashResourceName : .slashResourceName
      resource = pieces[0]
      resourceName = pieces.dropFirst(2).reduce(pieces[1]) { $0 + "/" + $1 }
    } else if pieces.count > 1 || rest.isEmpty {
      detected = .noResourceName
    } else {
      separator = ":"
      detected = .colonResourceName
    }
    if let first = rest.first {
      // As in JavaScript, an empty resource name before the colon-separated rest counts as none.
      let prefix: StringValue = resourceName.map { $0.literal == "" ? "" : $0 + ":" } ?? ""
      resourceName = rest.dropFirst().reduce(prefix + first) { $0 + ":" + $1 }
    }
    return ArnComponents(
      partition: partition,
      service: service,
      region: components.indices.contains(3) ? components[3] : "",
      account: components.indices.contains(4) ? components[4] : "",
      resource: resource,
      resourceName: resourceName,
      arnFormat: detected,
      separator: separator
    )
  }

  private static func splitToken(_ arn: StringValue, format: ArnFormat) -> ArnComponents {
    let parts = Fn.split(":", arn)
    let resourcePart = Fn.select(5, parts)
    var components = ArnComponents(
      partition: Fn.select(1, parts),
      service: Fn.select(2, parts),
      region: Fn.select(3, parts),
      account: Fn.select(4, parts),
      resource: resourcePart,
      arnFormat: format
    )
    switch format {
    case .noResourceName:
      break
    case .colonResourceName:
      components.resourceName = Fn.select(6, parts)
      components.separator = ":"
    case .slashResourceName:
      let pieces = Fn.split("/", resourcePart)
      components.resource = Fn.select(0, pieces)
      components.resourceName = Fn.select(1, pieces)
      components.separator = "/"
    case .slashResourceSlashResourceName:
      let pieces = Fn.split("/", resourcePart)
      components.resource = Fn.select(1, pieces)
      components.resourceName = Fn.select(2, pieces)
      components.separator = "/"
    }
    return components
  }
}
