extension CacheNodeType {
  // MARK: T4G — Burstable general purpose (AWS Graviton2)

  /// `cache.t4g.micro`: burstable general purpose (AWS Graviton2).
  public static let t4gMicro = CacheNodeType("cache.t4g.micro")
  /// `cache.t4g.small`: burstable general purpose (AWS Graviton2).
  public static let t4gSmall = CacheNodeType("cache.t4g.small")
  /// `cache.t4g.medium`: burstable general purpose (AWS Graviton2).
  public static let t4gMedium = CacheNodeType("cache.t4g.medium")

  // MARK: T3 — Burstable general purpose

  /// `cache.t3.micro`: burstable general purpose.
  public static let t3Micro = CacheNodeType("cache.t3.micro")
  /// `cache.t3.small`: burstable general purpose.
  public static let t3Small = CacheNodeType("cache.t3.small")
  /// `cache.t3.medium`: burstable general purpose.
  public static let t3Medium = CacheNodeType("cache.t3.medium")

  // MARK: M7G — General purpose (AWS Graviton3)

  /// `cache.m7g.large`: general purpose (AWS Graviton3).
  public static let m7gLarge = CacheNodeType("cache.m7g.large")
  /// `cache.m7g.xlarge`: general purpose (AWS Graviton3).
  public static let m7gXLarge = CacheNodeType("cache.m7g.xlarge")
  /// `cache.m7g.2xlarge`: general purpose (AWS Graviton3).
  public static let m7g_2XLarge = CacheNodeType("cache.m7g.2xlarge")
  /// `cache.m7g.4xlarge`: general purpose (AWS Graviton3).
  public static let m7g_4XLarge = CacheNodeType("cache.m7g.4xlarge")
  /// `cache.m7g.8xlarge`: general purpose (AWS Graviton3).
  public static let m7g_8XLarge = CacheNodeType("cache.m7g.8xlarge")
  /// `cache.m7g.12xlarge`: general purpose (AWS Graviton3).
  public static let m7g_12XLarge = CacheNodeType("cache.m7g.12xlarge")
  /// `cache.m7g.16xlarge`: general purpose (AWS Graviton3).
  public static let m7g_16XLarge = CacheNodeType("cache.m7g.16xlarge")

  // MARK: M6G — General purpose (AWS Graviton2)

  /// `cache.m6g.large`: general purpose (AWS Graviton2).
  public static let m6gLarge = CacheNodeType("cache.m6g.large")
  /// `cache.m6g.xlarge`: general purpose (AWS Graviton2).
  public static let m6gXLarge = CacheNodeType("cache.m6g.xlarge")
  /// `cache.m6g.2xlarge`: general purpose (AWS Graviton2).
  public static let m6g_2XLarge = CacheNodeType("cache.m6g.2xlarge")
  /// `cache.m6g.4xlarge`: general purpose (AWS Graviton2).
  public static let m6g_4XLarge = CacheNodeType("cache.m6g.4xlarge")
  /// `cache.m6g.8xlarge`: general purpose (AWS Graviton2).
  public static let m6g_8XLarge = CacheNodeType("cache.m6g.8xlarge")
  /// `cache.m6g.12xlarge`: general purpose (AWS Graviton2).
  public static let m6g_12XLarge = CacheNodeType("cache.m6g.12xlarge")
  /// `cache.m6g.16xlarge`: general purpose (AWS Graviton2).
  public static let m6g_16XLarge = CacheNodeType("cache.m6g.16xlarge")

  // MARK: M5 — General purpose

  /// `cache.m5.large`: general purpose.
  public static let m5Large = CacheNodeType("cache.m5.large")
  /// `cache.m5.xlarge`: general purpose.
  public static let m5XLarge = CacheNodeType("cache.m5.xlarge")
  /// `cache.m5.2xlarge`: general purpose.
  public static let m5_2XLarge = CacheNodeType("cache.m5.2xlarge")
  /// `cache.m5.4xlarge`: general purpose.
  public static let m5_4XLarge = CacheNodeType("cache.m5.4xlarge")
  /// `cache.m5.12xlarge`: general purpose.
  public static let m5_12XLarge = CacheNodeType("cache.m5.12xlarge")
  /// `cache.m5.24xlarge`: general purpose.
  public static let m5_24XLarge = CacheNodeType("cache.m5.24xlarge")

  // MARK: R7G — Memory optimized (AWS Graviton3)

  /// `cache.r7g.large`: memory optimized (AWS Graviton3).
  public static let r7gLarge = CacheNodeType("cache.r7g.large")
  /// `cache.r7g.xlarge`: memory optimized (AWS Graviton3).
  public static let r7gXLarge = CacheNodeType("cache.r7g.xlarge")
  /// `cache.r7g.2xlarge`: memory optimized (AWS Graviton3).
  public static let r7g_2XLarge = CacheNodeType("cache.r7g.2xlarge")
  /// `cache.r7g.4xlarge`: memory optimized (AWS Graviton3).
  public static let r7g_4XLarge = CacheNodeType("cache.r7g.4xlarge")
  /// `cache.r7g.8xlarge`: memory optimized (AWS Graviton3).
  public static let r7g_8XLarge = CacheNodeType("cache.r7g.8xlarge")
  /// `cache.r7g.12xlarge`: memory optimized (AWS Graviton3).
  public static let r7g_12XLarge = CacheNodeType("cache.r7g.12xlarge")
  /// `cache.r7g.16xlarge`: memory optimized (AWS Graviton3).
  public static let r7g_16XLarge = CacheNodeType("cache.r7g.16xlarge")

  // MARK: R6G — Memory optimized (AWS Graviton2)

  /// `cache.r6g.large`: memory optimized (AWS Graviton2).
  public static let r6gLarge = CacheNodeType("cache.r6g.large")
  /// `cache.r6g.xlarge`: memory optimized (AWS Graviton2).
  public static let r6gXLarge = CacheNodeType("cache.r6g.xlarge")
  /// `cache.r6g.2xlarge`: memory optimized (AWS Graviton2).
  public static let r6g_2XLarge = CacheNodeType("cache.r6g.2xlarge")
  /// `cache.r6g.4xlarge`: memory optimized (AWS Graviton2).
  public static let r6g_4XLarge = CacheNodeType("cache.r6g.4xlarge")
  /// `cache.r6g.8xlarge`: memory optimized (AWS Graviton2).
  public static let r6g_8XLarge = CacheNodeType("cache.r6g.8xlarge")
  /// `cache.r6g.12xlarge`: memory optimized (AWS Graviton2).
  public static let r6g_12XLarge = CacheNodeType("cache.r6g.12xlarge")
  /// `cache.r6g.16xlarge`: memory optimized (AWS Graviton2).
  public static let r6g_16XLarge = CacheNodeType("cache.r6g.16xlarge")

  // MARK: R6GD — Memory optimized with data tiering to local SSDs (AWS Graviton2)

  /// `cache.r6gd.xlarge`: memory optimized with data tiering to local SSDs (AWS Graviton2).
  public static let r6gdXLarge = CacheNodeType("cache.r6gd.xlarge")
  /// `cache.r6gd.2xlarge`: memory optimized with data tiering to local SSDs (AWS Graviton2).
  public static let r6gd_2XLarge = CacheNodeType("cache.r6gd.2xlarge")
  /// `cache.r6gd.4xlarge`: memory optimized with data tiering to local SSDs (AWS Graviton2).
  public static let r6gd_4XLarge = CacheNodeType("cache.r6gd.4xlarge")
  /// `cache.r6gd.8xlarge`: memory optimized with data tiering to local SSDs (AWS Graviton2).
  public static let r6gd_8XLarge = CacheNodeType("cache.r6gd.8xlarge")
  /// `cache.r6gd.12xlarge`: memory optimized with data tiering to local SSDs (AWS Graviton2).
  public static let r6gd_12XLarge = CacheNodeType("cache.r6gd.12xlarge")
  /// `cache.r6gd.16xlarge`: memory optimized with data tiering to local SSDs (AWS Graviton2).
  public static let r6gd_16XLarge = CacheNodeType("cache.r6gd.16xlarge")

  // MARK: R5 — Memory optimized

  /// `cache.r5.large`: memory optimized.
  public static let r5Large = CacheNodeType("cache.r5.large")
  /// `cache.r5.xlarge`: memory optimized.
  public static let r5XLarge = CacheNodeType("cache.r5.xlarge")
  /// `cache.r5.2xlarge`: memory optimized.
  public static let r5_2XLarge = CacheNodeType("cache.r5.2xlarge")
  /// `cache.r5.4xlarge`: memory optimized.
  public static let r5_4XLarge = CacheNodeType("cache.r5.4xlarge")
  /// `cache.r5.12xlarge`: memory optimized.
  public static let r5_12XLarge = CacheNodeType("cache.r5.12xlarge")
  /// `cache.r5.24xlarge`: memory optimized.
  public static let r5_24XLarge = CacheNodeType("cache.r5.24xlarge")

  // MARK: C7GN — Network optimized (AWS Graviton3)

  /// `cache.c7gn.large`: network optimized (AWS Graviton3).
  public static let c7gnLarge = CacheNodeType("cache.c7gn.large")
  /// `cache.c7gn.xlarge`: network optimized (AWS Graviton3).
  public static let c7gnXLarge = CacheNodeType("cache.c7gn.xlarge")
  /// `cache.c7gn.2xlarge`: network optimized (AWS Graviton3).
  public static let c7gn_2XLarge = CacheNodeType("cache.c7gn.2xlarge")
  /// `cache.c7gn.4xlarge`: network optimized (AWS Graviton3).
  public static let c7gn_4XLarge = CacheNodeType("cache.c7gn.4xlarge")
  /// `cache.c7gn.8xlarge`: network optimized (AWS Graviton3).
  public static let c7gn_8XLarge = CacheNodeType("cache.c7gn.8xlarge")
  /// `cache.c7gn.12xlarge`: network optimized (AWS Graviton3).
  public static let c7gn_12XLarge = CacheNodeType("cache.c7gn.12xlarge")
  /// `cache.c7gn.16xlarge`: network optimized (AWS Graviton3).
  public static let c7gn_16XLarge = CacheNodeType("cache.c7gn.16xlarge")

  /// Every named node type: the current generations.
  public static let currentGeneration: [CacheNodeType] = [
    .t4gMicro, .t4gSmall, .t4gMedium, .t3Micro, .t3Small, .t3Medium, .m7gLarge, .m7gXLarge, .m7g_2XLarge, .m7g_4XLarge,
    .m7g_8XLarge, .m7g_12XLarge, .m7g_16XLarge, .m6gLarge, .m6gXLarge, .m6g_2XLarge, .m6g_4XLarge, .m6g_8XLarge,
    .m6g_12XLarge, .m6g_16XLarge, .m5Large, .m5XLarge, .m5_2XLarge, .m5_4XLarge, .m5_12XLarge, .m5_24XLarge, .r7gLarge,
    .r7gXLarge, .r7g_2XLarge, .r7g_4XLarge, .r7g_8XLarge, .r7g_12XLarge, .r7g_16XLarge, .r6gLarge, .r6gXLarge,
    .r6g_2XLarge,
    .r6g_4XLarge, .r6g_8XLarge, .r6g_12XLarge, .r6g_16XLarge, .r6gdXLarge, .r6gd_2XLarge, .r6gd_4XLarge, .r6gd_8XLarge,
    .r6gd_12XLarge, .r6gd_16XLarge, .r5Large, .r5XLarge, .r5_2XLarge, .r5_4XLarge, .r5_12XLarge, .r5_24XLarge,
    .c7gnLarge,
    .c7gnXLarge, .c7gn_2XLarge, .c7gn_4XLarge, .c7gn_8XLarge, .c7gn_12XLarge, .c7gn_16XLarge,
  ]
}
