/// A list whose listeners see every element: those already in it and those appended later.
///
/// Connections use it so that a rule requested before a security group is added still reaches that group.
final class ReactiveList<Element> {
  private(set) var elements: [Element] = []
  private var listeners: [(Element) -> Void] = []

  /// Appends elements and tells every listener about each of them.
  func append(contentsOf newElements: [Element]) {
    elements += newElements
    for listener in listeners {
      for element in newElements { listener(element) }
    }
  }

  /// Calls `listener` for each element now and for each element appended later.
  func forEachAndForever(_ listener: @escaping (Element) -> Void) {
    for element in elements { listener(element) }
    listeners.append(listener)
  }
}
