// Stand-in for nf-interpreter's src/CLR/Include/nanoCLR_Types.h (nanoframework/nf-interpreter@a3e8139a1ba778e33ca81b023099765eada6c456).
// Declares, with the same names, types, values and signatures, only what I2sGen's generated nanoCLR glue and the
// host shim use, so the glue compiles and runs on a PC; native/nanoclr/shim implements the out-of-line members.
#ifndef NANOCLR_TYPES_H
#define NANOCLR_TYPES_H

#include <stddef.h>

#include "nf_errors_exceptions.h"

// nanoCLR_Types.h:98-105 (__int64 is defined by nanoCLR_PlatformDef.h as long long on GCC)
typedef unsigned char CLR_UINT8;
typedef unsigned short CLR_UINT16;
typedef unsigned int CLR_UINT32;
typedef unsigned long long CLR_UINT64;
typedef signed char CLR_INT8;
typedef signed short CLR_INT16;
typedef signed int CLR_INT32;
typedef signed long long CLR_INT64;

// nanoCLR_Types.h:335-372, up to DATATYPE_BYREF.
enum CLR_DataType
{
    DATATYPE_VOID,
    DATATYPE_BOOLEAN,
    DATATYPE_I1,
    DATATYPE_U1,
    DATATYPE_CHAR,
    DATATYPE_I2,
    DATATYPE_U2,
    DATATYPE_I4,
    DATATYPE_U4,
    DATATYPE_R4,
    DATATYPE_I8,
    DATATYPE_U8,
    DATATYPE_R8,
    DATATYPE_DATETIME,
    DATATYPE_TIMESPAN,
    DATATYPE_STRING,
    DATATYPE_OBJECT,
    DATATYPE_CLASS,
    DATATYPE_VALUETYPE,
    DATATYPE_SZARRAY,
    DATATYPE_BYREF,
};

// nanoCLR_Types.h:973-979
struct CLR_RECORD_VERSION
{
    CLR_UINT16 iMajorVersion;
    CLR_UINT16 iMinorVersion;
    CLR_UINT16 iBuildNumber;
    CLR_UINT16 iRevisionNumber;
};

#endif // NANOCLR_TYPES_H
