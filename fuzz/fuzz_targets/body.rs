//! Fuzzes reading a stored body's binary form: a cache file can be damaged, so any
//! bytes must give a document or an error, never a panic, a hang or a huge allocation;
//! and a document read must read back the same after being written again.
#![no_main]

use ddm_reader::store::codec::binary;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = binary::read(data) {
        let mut again = Vec::new();
        binary::write(&doc, &mut again);
        assert_eq!(binary::read(&again), Ok(doc));
    }
});
