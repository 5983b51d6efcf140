import Constructs

/// What ElastiCache's `CreateCacheSubnetGroup` rejects, found before deployment.
enum SubnetGroupChecks {
  static func problems(name: StringValue?, description: StringValue?) -> [Problem] {
    var problems: [Problem] = []
    if let name = name?.literal {
      let valid =
        (1...255).contains(name.unicodeScalars.count) && name.unicodeScalars.allSatisfy(Identifier.isNameCharacter)
      if !valid {
        problems.append(
          Problem(
            .invalidSubnetGroupName, "The subnet group name '\(name)' is not 1 to 255 letters, digits and hyphens.",
            fix: "Choose a name such as 'orders-cache-subnets', or leave it out to have one generated."))
      }
    }
    if description?.literal == "" {
      problems.append(
        Problem(.invalidDescription, "The subnet group's description is empty.", fix: "Describe the subnet group."))
    }
    return problems
  }
}
