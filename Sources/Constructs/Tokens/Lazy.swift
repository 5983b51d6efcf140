/// Values computed during synthesis, after the whole app has been declared.
///
/// The closure runs once, the first time the value is resolved.
public enum Lazy {
  /// A string computed at synthesis.
  public static func string(_ produce: @escaping () -> StringValue) -> StringValue {
    Token(.lazy(LazyProducer { .string(produce()) })).asString
  }

  /// A string computed again every time it is resolved (the AWS CDK's `Lazy.uncachedString`).
  public static func uncachedString(_ produce: @escaping () -> StringValue) -> StringValue {
    Token(.lazy(LazyProducer(cached: false) { .string(produce()) })).asString
  }

  /// A number computed at synthesis.
  public static func number(_ produce: @escaping () -> NumberValue) -> NumberValue {
    Token(.lazy(LazyProducer { CfnValue(produce()) })).asNumber
  }

  /// A list computed at synthesis; with `omitEmpty`, an empty list removes the property it is assigned to.
  public static func list(omitEmpty: Bool = false, _ produce: @escaping () -> StringListValue) -> StringListValue {
    Token(
      .lazy(
        LazyProducer {
          let list = produce()
          if omitEmpty, list.elements?.isEmpty == true { return nil }
          return CfnValue(list)
        })
    ).asList
  }

  /// Any value computed at synthesis; `nil` removes the property it is assigned to, as does an empty
  /// array when `omitEmptyArray` is set.
  public static func any(omitEmptyArray: Bool = false, _ produce: @escaping () -> CfnValue?) -> CfnValue {
    .token(
      Token(
        .lazy(
          LazyProducer {
            let value = produce()
            if omitEmptyArray, case .array(let elements)? = value, elements.isEmpty { return nil }
            return value
          })))
  }
}
