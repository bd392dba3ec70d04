namespace I2sGen
{
    /// <summary>Which slots are transferred. Values are the seed's and legacy ESP-IDF's <c>i2s_channel_fmt_t</c>.</summary>
    public enum I2sChannelFormat
    {
        /// <summary>Stereo: both slots, left sample first in the buffer.</summary>
        RightLeft = 0,

        /// <summary>Stereo frame, both slots carry the right channel (a one-channel DAC fed stereo data).</summary>
        AllRight = 1,

        /// <summary>Stereo frame, both slots carry the left channel (a one-channel DAC fed stereo data).</summary>
        AllLeft = 2,

        /// <summary>Mono: only the right slot (a microphone with L/R tied high).</summary>
        OnlyRight = 3,

        /// <summary>Mono: only the left slot (most microphone boards, L/R tied to ground).</summary>
        OnlyLeft = 4,
    }
}
