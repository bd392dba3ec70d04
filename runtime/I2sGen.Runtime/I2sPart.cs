namespace I2sGen
{
    /// <summary>
    /// The part wired to the binding. Naming it lets the analyzers check the declaration against the part's datasheet
    /// (word length, justification, strap wiring, clock ranges, MCLK) and adds the part's sample conversion to the
    /// generated class. The facts and their sources are listed in docs/parts.md. <see cref="None"/> (the default)
    /// checks the declaration as before.
    /// </summary>
    public enum I2sPart
    {
        /// <summary>No part named: only the chip and driver rules apply.</summary>
        None = 0,

        /// <summary>InvenSense/TDK INMP441 MEMS microphone: I2S, 24-bit in a 32-bit slot, L/R pin selects the slot.</summary>
        Inmp441 = 1,

        /// <summary>TDK ICS-43434 MEMS microphone: I2S, 24-bit in a 32-bit slot, LR pin selects the slot.</summary>
        Ics43434 = 2,

        /// <summary>Knowles SPH0645LM4H MEMS microphone: I2S framing, 18-bit data in a 32-bit slot, SEL pin selects the slot.</summary>
        Sph0645lm4h = 3,

        /// <summary>MEMSensing MSM261S4030H0 MEMS microphone: I2S, 24-bit in a 32-bit slot, L/R pin selects the slot.</summary>
        Msm261s4030h0 = 4,

        /// <summary>Maxim/ADI MAX98357A class-D amplifier: I2S, 16/24/32-bit, SD_MODE selects left, right or (L+R)/2.</summary>
        Max98357a = 5,

        /// <summary>Nsiway NS4168 class-D amplifier: I2S, CTRL pin voltage selects left, right or shutdown.</summary>
        Ns4168 = 6,

        /// <summary>TI PCM5102A stereo DAC: I2S or left-justified (FMT pin), MCLK optional (BCK PLL when SCK is tied low).</summary>
        Pcm5102a = 7,

        /// <summary>NXP UDA1334A stereo DAC: I2S with SF0/SF1 low, clocks from WS with its PLL (no MCLK in audio mode).</summary>
        Uda1334a = 8,

        /// <summary>Everest ES8311 mono codec, I2S side only: its I2C control bus (address 0x18/0x19) is not configured by I2sGen.</summary>
        Es8311 = 9,

        /// <summary>Cirrus/Wolfson WM8960 stereo codec, I2S side only: needs MCLK; its I2C control bus (address 0x1A) is not configured by I2sGen.</summary>
        Wm8960 = 10,
    }
}
