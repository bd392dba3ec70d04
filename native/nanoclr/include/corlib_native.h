// Stand-in for nf-interpreter's src/CLR/CorLib/corlib_native.h (nanoframework/nf-interpreter@a3e8139a1ba778e33ca81b023099765eada6c456).
// Declares, with the same names, types, values and signatures, only what I2sGen's generated nanoCLR glue and the
// host shim use, so the glue compiles and runs on a PC; native/nanoclr/shim implements the out-of-line members.
#ifndef CORLIB_NATIVE_H
#define CORLIB_NATIVE_H

#include "nanoCLR_Interop.h"
#include "nanoCLR_Runtime.h"

// corlib_native.h:879-886: the fields of System.SpanByte (CoreLibrary 1.17: byte[] _array, int _start, int _length).
struct Library_corlib_native_System_SpanByte
{
    static const int FIELD___array = 1;
    static const int FIELD___start = 2;
    static const int FIELD___length = 3;

    //--//
};

#endif // CORLIB_NATIVE_H
