// zlib, for reading gzip and dictzip files (the dictd dictionaries' `.dict.dz`). Only the
// Lexicon target's DictdDictionary imports it.
#include <zlib.h>

// inflateInit2 is a macro; Swift cannot call it.
static inline int clibz_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 15 + 32);
}
