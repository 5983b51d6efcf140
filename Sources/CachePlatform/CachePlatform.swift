/// One shared cache, many services: the platform layer.
public enum CachePlatformLibrary {}
