// Stand-in for nf-interpreter's src/CLR/Include/nanoPackStruct.h (nanoframework/nf-interpreter@a3e8139a1ba778e33ca81b023099765eada6c456).
// Declares, with the same names, types, values and signatures, only what I2sGen's generated nanoCLR glue and the
// host shim use, so the glue compiles and runs on a PC; native/nanoclr/shim implements the out-of-line members.
#ifndef NANO_PACKSTRUCT_H
#define NANO_PACKSTRUCT_H

#if defined(__GNUC__)
#define __nfpack __attribute__((__packed__))
#else
#error "Unknown compiler: the stand-in only knows GCC-compatible compilers"
#endif

#endif // NANO_PACKSTRUCT_H
