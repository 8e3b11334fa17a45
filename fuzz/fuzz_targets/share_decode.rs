//! A share link of any content decodes to an article or a readable error,
//! never a panic, and decoding stays within its size caps; any text read as
//! the link's JSON reads or is refused, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let link = String::from_utf8_lossy(data);
    match whosaid_share::decode(&link) {
        Ok(shared) => {
            assert!(shared.text.len() <= whosaid_share::MAX_TEXT);
            // What decodes re-encodes to a link that decodes to the same.
            let again = whosaid_share::encode(&shared);
            assert_eq!(whosaid_share::decode(&again).as_ref(), Ok(&shared));
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
    // The link's JSON, read directly (whosaid::minijson's parser): what
    // reads writes back to JSON that reads the same.
    if let Some(shared) = whosaid_share::Shared::from_json(&link) {
        assert_eq!(whosaid_share::Shared::from_json(&shared.to_json()).as_ref(), Some(&shared));
    }
    // Valid DEFLATE streams, wrapped as links, exercise the inflater.
    let mut body = String::from("v1.");
    base64_url(data, &mut body);
    let _ = whosaid_share::decode(&body);
});

fn base64_url(data: &[u8], out: &mut String) {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for chunk in data.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..chunk.len() + 1 {
            out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
}
