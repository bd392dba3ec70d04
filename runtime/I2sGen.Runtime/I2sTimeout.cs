namespace I2sGen
{
    /// <summary>The seed's timeout conventions for <c>ReadInto</c> and <c>Write</c>, in milliseconds.</summary>
    public static class I2sTimeout
    {
        /// <summary>Wait until the whole buffer has been transferred (the seed's default, -1).</summary>
        public const int Infinite = -1;

        /// <summary>Do not wait: transfer what the DMA buffers hold (read) or have room for (write) and return.</summary>
        public const int NonBlocking = 0;
    }
}
