/// How CloudFormation names become Swift names. This file is the one place that holds the rule.
///
/// A CloudFormation name is split into words, then each word is spelled as the Swift API Design
/// Guidelines ask: acronyms uniformly cased.
///
/// 1. Words: a new word starts at an upper-case letter that follows a lower-case letter or a digit
///    (`SubnetIds` → `Subnet`, `Ids`; `EC2SecurityGroup` → `EC2`, `Security`, `Group`), and at the last
///    upper-case letter of an upper-case run that is followed by a lower-case letter
///    (`AZMode` → `AZ`, `Mode`; `ECPUPerSecond` → `ECPU`, `Per`, `Second`), except where the run is a
///    known acronym followed only by a plural `s` (`PreferredCacheClusterAZs` → …, `AZs`).
///    Digits stay with the word before them.
/// 2. Acronyms: a word is an acronym when it is all upper case (`ECPU`) or when it is one of
///    ``acronyms`` in any case (`Arn`, `Kms`, `Id`); the plural of an acronym is the acronym and `s`
///    (`Arns` → `ARNs`, `Ids` → `IDs`).
/// 3. Spelling: a value name (``lowerCamelCase(_:)``) writes its first word in lower case
///    (`ARN` → `arn`, `AZMode` → `azMode`, `KmsKeyId` → `kmsKeyID`) and every later word capitalized, acronyms
///    in their upper-case spelling (`SnapshotArnsToRestore` → `snapshotARNsToRestore`). A type name
///    (``upperCamelCase(_:)``) spells its first word like the later ones (`Arn` → `ARN`).
/// 4. Attributes: `attr` followed by every part of the attribute path as a type name
///    (`Endpoint.Address` → `attrEndpointAddress`, `Arn` → `attrARN`).
/// 5. Clashes: a property whose Swift name is already a member of `CfnResource` (such as `description`)
///    is prefixed with the resource's name (`Description` of `AWS::ElastiCache::ServerlessCache` →
///    `serverlessCacheDescription`); a Swift keyword is written in backticks.
enum SwiftNaming {
  /// Acronyms that CloudFormation names spell in mixed case, with their Swift spelling
  /// (keyed by the lower-case form).
  static let acronyms: [String: String] = [
    "acl": "ACL", "arn": "ARN", "aws": "AWS", "az": "AZ", "cpu": "CPU", "dns": "DNS", "ec2": "EC2",
    "ecpu": "ECPU", "http": "HTTP", "https": "HTTPS", "iam": "IAM", "id": "ID", "ip": "IP",
    "ipv4": "IPv4", "ipv6": "IPv6", "json": "JSON", "kms": "KMS", "rdb": "RDB", "s3": "S3",
    "sns": "SNS", "ssl": "SSL", "tls": "TLS", "ttl": "TTL", "uri": "URI", "url": "URL", "vpc": "VPC",
  ]

  /// Swift keywords that need backticks when used as a property or parameter name.
  static let keywords: Set<String> = [
    "associatedtype", "break", "case", "catch", "class", "continue", "default", "defer", "deinit", "do",
    "else", "enum", "extension", "fallthrough", "false", "fileprivate", "for", "func", "guard", "if",
    "import", "in", "init", "inout", "internal", "is", "let", "nil", "operator", "private", "protocol",
    "public", "repeat", "rethrows", "return", "self", "Self", "static", "struct", "subscript", "super",
    "switch", "throw", "throws", "true", "try", "typealias", "var", "where", "while",
  ]

  /// The value name of a CloudFormation name: `KmsKeyId` → `kmsKeyID`.
  static func lowerCamelCase(_ name: String) -> String {
    let words = words(of: name)
    guard let first = words.first else { return name }
    let isAllUpperCase = first.allSatisfy { !$0.isLetter || $0.isUppercase }
    let head = isAcronym(first) || isAllUpperCase ? first.lowercased() : lowercasingFirst(first)
    return ([head] + words.dropFirst().map(spelling)).joined()
  }

  /// The type name of a CloudFormation name: `ECPUPerSecond` → `ECPUPerSecond`, `KmsKey` → `KMSKey`.
  static func upperCamelCase(_ name: String) -> String {
    words(of: name).map(spelling).joined()
  }

  /// The Swift name of a `Fn::GetAtt` attribute: `Endpoint.Address` → `attrEndpointAddress`.
  static func attributeName(_ attribute: String) -> String {
    "attr" + attribute.split(separator: ".").map { upperCamelCase(String($0)) }.joined()
  }

  /// `name` as an identifier in declarations and expressions (in backticks when it is a keyword).
  static func identifier(_ name: String) -> String {
    keywords.contains(name) ? "`\(name)`" : name
  }

  /// The words of a CloudFormation name, as written in it.
  static func words(of name: String) -> [String] {
    let characters = Array(name)
    var words: [String] = []
    var current = ""
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character.isUppercase, let previous = current.last {
        let next = index + 1 < characters.count ? characters[index + 1] : nil
        if previous.isLowercase || previous.isNumber {
          words.append(current)
          current = ""
        } else if previous.isUppercase, let next, next.isLowercase, !isPluralAcronym(characters, runEnd: index) {
          words.append(current)
          current = ""
        }
      }
      current.append(character)
      index += 1
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// Whether the upper-case run that includes `characters[runEnd]` is a known acronym followed by a plural `s`
  /// that ends the word (`AZs`, `ARNsToRestore`).
  private static func isPluralAcronym(_ characters: [Character], runEnd: Int) -> Bool {
    guard runEnd + 1 < characters.count, characters[runEnd + 1] == "s" else { return false }
    if runEnd + 2 < characters.count, characters[runEnd + 2].isLowercase { return false }
    var start = runEnd
    while start > 0, characters[start - 1].isUppercase || characters[start - 1].isNumber { start -= 1 }
    return acronyms[String(characters[start...runEnd]).lowercased()] != nil
  }

  private static func isAcronym(_ word: String) -> Bool {
    acronyms[word.lowercased()] != nil || pluralAcronym(word) != nil
  }

  /// `Arns` → `ARNs`, when the word without its `s` is a known acronym.
  private static func pluralAcronym(_ word: String) -> String? {
    guard word.count > 1, word.hasSuffix("s"), let acronym = acronyms[String(word.dropLast()).lowercased()] else {
      return nil
    }
    return acronym + "s"
  }

  /// The spelling of a word that is not the first of a value name.
  private static func spelling(_ word: String) -> String {
    if let acronym = acronyms[word.lowercased()] { return acronym }
    if let plural = pluralAcronym(word) { return plural }
    return (word.first.map { String($0).uppercased() } ?? "") + word.dropFirst()
  }

  private static func lowercasingFirst(_ word: String) -> String {
    (word.first.map { String($0).lowercased() } ?? "") + word.dropFirst()
  }
}
