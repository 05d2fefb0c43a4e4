#!/bin/sh
# Generates the default Mandarin clip set of the caller display's announcer with espeak-ng
# (Debian: apt-get install espeak-ng sox). The WAVs are committed, so neither the build nor the tests need
# espeak-ng; run this again only to change them. A hall that has recorded its own voice drops a folder of
# same-named WAVs in (the --clips option); any sample rate, mono or stereo, 8 or 16 bit.
#
# Mandarin words use espeak-ng's tone-numbered pinyin voice (cmn-latn-pinyin): Hanzi with -v cmn
# mispronounces common characters. Letters are said the way Chinese halls say them, as English letters.
set -eu
out="${1:-$(dirname "$0")/../src/main/resources/hallq/display/clips}"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# espeak-ng pads each word with silence: sox cuts it off both ends and stores 16 kHz mono 16-bit
trim() { # name
  sox "$tmp/$1.wav" -b 16 -c 1 "$out/$1.wav" gain -3 rate 16000 silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse
}
say() { # name, pinyin
  espeak-ng -v cmn-latn-pinyin -s 150 -w "$tmp/$1.wav" "$2"
  trim "$1"
}
say qing qing3
say hao hao4
say dao dao4
say chuangkou "chuang1 kou3"
say banli "ban4 li3"
say chonghu "chong2 hu1"
say 0 ling2
say 1 yi1
say 2 er4
say 3 san1
say 4 si4
say 5 wu3
say 6 liu4
say 7 qi1
say 8 ba1
say 9 jiu3
say shi shi2
for l in A B C D E F G H I J K L M N O P Q R S T U V W X Y Z; do
  espeak-ng -v en-us -s 150 -w "$tmp/$l.wav" "$l"
  trim "$l"
done
