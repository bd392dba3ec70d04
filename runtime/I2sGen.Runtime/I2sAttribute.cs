using System;

namespace I2sGen
{
    /// <summary>
    /// A general I2S binding that mirrors the seed's <c>machine.I2S</c> constructor one to one: the mode is explicit,
    /// and exactly one of <see cref="Sdin"/> (receive) or <see cref="Sdout"/> (transmit) must be given.
    /// Put it on a <c>partial</c> class; the generator adds the constructor, <c>ReadInto</c> or <c>Write</c>, and <c>Dispose</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class I2sAttribute : I2sBindingAttribute
    {
        /// <summary>Direction and role. Required.</summary>
        public I2sMode Mode { get; set; }

        /// <summary>GPIO of the serial data input; required for <see cref="I2sMode.MasterRx"/>. Default -1.</summary>
        public int Sdin { get; set; } = -1;

        /// <summary>GPIO of the serial data output; required for <see cref="I2sMode.MasterTx"/>. Default -1.</summary>
        public int Sdout { get; set; } = -1;
    }
}
