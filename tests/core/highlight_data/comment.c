#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MAX(a, b) ((a) > (b) ? (a) : (b))

/*
 * line 0 of a long block comment: int x = 0; "not a string" // nor this
 * line 1 of a long block comment: int x = 1; "not a string" // nor this
 * line 2 of a long block comment: int x = 2; "not a string" // nor this
 * line 3 of a long block comment: int x = 3; "not a string" // nor this
 * line 4 of a long block comment: int x = 4; "not a string" // nor this
 * line 5 of a long block comment: int x = 5; "not a string" // nor this
 * line 6 of a long block comment: int x = 6; "not a string" // nor this
 * line 7 of a long block comment: int x = 7; "not a string" // nor this
 * line 8 of a long block comment: int x = 8; "not a string" // nor this
 * line 9 of a long block comment: int x = 9; "not a string" // nor this
 * line 10 of a long block comment: int x = 10; "not a string" // nor this
 * line 11 of a long block comment: int x = 11; "not a string" // nor this
 * line 12 of a long block comment: int x = 12; "not a string" // nor this
 * line 13 of a long block comment: int x = 13; "not a string" // nor this
 * line 14 of a long block comment: int x = 14; "not a string" // nor this
 * line 15 of a long block comment: int x = 15; "not a string" // nor this
 * line 16 of a long block comment: int x = 16; "not a string" // nor this
 * line 17 of a long block comment: int x = 17; "not a string" // nor this
 * line 18 of a long block comment: int x = 18; "not a string" // nor this
 * line 19 of a long block comment: int x = 19; "not a string" // nor this
 * line 20 of a long block comment: int x = 20; "not a string" // nor this
 * line 21 of a long block comment: int x = 21; "not a string" // nor this
 * line 22 of a long block comment: int x = 22; "not a string" // nor this
 * line 23 of a long block comment: int x = 23; "not a string" // nor this
 * line 24 of a long block comment: int x = 24; "not a string" // nor this
 * line 25 of a long block comment: int x = 25; "not a string" // nor this
 * line 26 of a long block comment: int x = 26; "not a string" // nor this
 * line 27 of a long block comment: int x = 27; "not a string" // nor this
 * line 28 of a long block comment: int x = 28; "not a string" // nor this
 * line 29 of a long block comment: int x = 29; "not a string" // nor this
 * line 30 of a long block comment: int x = 30; "not a string" // nor this
 * line 31 of a long block comment: int x = 31; "not a string" // nor this
 * line 32 of a long block comment: int x = 32; "not a string" // nor this
 * line 33 of a long block comment: int x = 33; "not a string" // nor this
 * line 34 of a long block comment: int x = 34; "not a string" // nor this
 * line 35 of a long block comment: int x = 35; "not a string" // nor this
 * line 36 of a long block comment: int x = 36; "not a string" // nor this
 * line 37 of a long block comment: int x = 37; "not a string" // nor this
 * line 38 of a long block comment: int x = 38; "not a string" // nor this
 * line 39 of a long block comment: int x = 39; "not a string" // nor this
 * line 40 of a long block comment: int x = 40; "not a string" // nor this
 * line 41 of a long block comment: int x = 41; "not a string" // nor this
 * line 42 of a long block comment: int x = 42; "not a string" // nor this
 * line 43 of a long block comment: int x = 43; "not a string" // nor this
 * line 44 of a long block comment: int x = 44; "not a string" // nor this
 * line 45 of a long block comment: int x = 45; "not a string" // nor this
 * line 46 of a long block comment: int x = 46; "not a string" // nor this
 * line 47 of a long block comment: int x = 47; "not a string" // nor this
 * line 48 of a long block comment: int x = 48; "not a string" // nor this
 * line 49 of a long block comment: int x = 49; "not a string" // nor this
 * line 50 of a long block comment: int x = 50; "not a string" // nor this
 * line 51 of a long block comment: int x = 51; "not a string" // nor this
 * line 52 of a long block comment: int x = 52; "not a string" // nor this
 * line 53 of a long block comment: int x = 53; "not a string" // nor this
 * line 54 of a long block comment: int x = 54; "not a string" // nor this
 * line 55 of a long block comment: int x = 55; "not a string" // nor this
 * line 56 of a long block comment: int x = 56; "not a string" // nor this
 * line 57 of a long block comment: int x = 57; "not a string" // nor this
 * line 58 of a long block comment: int x = 58; "not a string" // nor this
 * line 59 of a long block comment: int x = 59; "not a string" // nor this
 * line 60 of a long block comment: int x = 60; "not a string" // nor this
 * line 61 of a long block comment: int x = 61; "not a string" // nor this
 * line 62 of a long block comment: int x = 62; "not a string" // nor this
 * line 63 of a long block comment: int x = 63; "not a string" // nor this
 * line 64 of a long block comment: int x = 64; "not a string" // nor this
 * line 65 of a long block comment: int x = 65; "not a string" // nor this
 * line 66 of a long block comment: int x = 66; "not a string" // nor this
 * line 67 of a long block comment: int x = 67; "not a string" // nor this
 * line 68 of a long block comment: int x = 68; "not a string" // nor this
 * line 69 of a long block comment: int x = 69; "not a string" // nor this
 * line 70 of a long block comment: int x = 70; "not a string" // nor this
 * line 71 of a long block comment: int x = 71; "not a string" // nor this
 * line 72 of a long block comment: int x = 72; "not a string" // nor this
 * line 73 of a long block comment: int x = 73; "not a string" // nor this
 * line 74 of a long block comment: int x = 74; "not a string" // nor this
 * line 75 of a long block comment: int x = 75; "not a string" // nor this
 * line 76 of a long block comment: int x = 76; "not a string" // nor this
 * line 77 of a long block comment: int x = 77; "not a string" // nor this
 * line 78 of a long block comment: int x = 78; "not a string" // nor this
 * line 79 of a long block comment: int x = 79; "not a string" // nor this
 * line 80 of a long block comment: int x = 80; "not a string" // nor this
 * line 81 of a long block comment: int x = 81; "not a string" // nor this
 * line 82 of a long block comment: int x = 82; "not a string" // nor this
 * line 83 of a long block comment: int x = 83; "not a string" // nor this
 * line 84 of a long block comment: int x = 84; "not a string" // nor this
 * line 85 of a long block comment: int x = 85; "not a string" // nor this
 * line 86 of a long block comment: int x = 86; "not a string" // nor this
 * line 87 of a long block comment: int x = 87; "not a string" // nor this
 * line 88 of a long block comment: int x = 88; "not a string" // nor this
 * line 89 of a long block comment: int x = 89; "not a string" // nor this
 * line 90 of a long block comment: int x = 90; "not a string" // nor this
 * line 91 of a long block comment: int x = 91; "not a string" // nor this
 * line 92 of a long block comment: int x = 92; "not a string" // nor this
 * line 93 of a long block comment: int x = 93; "not a string" // nor this
 * line 94 of a long block comment: int x = 94; "not a string" // nor this
 * line 95 of a long block comment: int x = 95; "not a string" // nor this
 * line 96 of a long block comment: int x = 96; "not a string" // nor this
 * line 97 of a long block comment: int x = 97; "not a string" // nor this
 * line 98 of a long block comment: int x = 98; "not a string" // nor this
 * line 99 of a long block comment: int x = 99; "not a string" // nor this
 * line 100 of a long block comment: int x = 100; "not a string" // nor this
 * line 101 of a long block comment: int x = 101; "not a string" // nor this
 * line 102 of a long block comment: int x = 102; "not a string" // nor this
 * line 103 of a long block comment: int x = 103; "not a string" // nor this
 * line 104 of a long block comment: int x = 104; "not a string" // nor this
 * line 105 of a long block comment: int x = 105; "not a string" // nor this
 * line 106 of a long block comment: int x = 106; "not a string" // nor this
 * line 107 of a long block comment: int x = 107; "not a string" // nor this
 * line 108 of a long block comment: int x = 108; "not a string" // nor this
 * line 109 of a long block comment: int x = 109; "not a string" // nor this
 * line 110 of a long block comment: int x = 110; "not a string" // nor this
 * line 111 of a long block comment: int x = 111; "not a string" // nor this
 * line 112 of a long block comment: int x = 112; "not a string" // nor this
 * line 113 of a long block comment: int x = 113; "not a string" // nor this
 * line 114 of a long block comment: int x = 114; "not a string" // nor this
 * line 115 of a long block comment: int x = 115; "not a string" // nor this
 * line 116 of a long block comment: int x = 116; "not a string" // nor this
 * line 117 of a long block comment: int x = 117; "not a string" // nor this
 * line 118 of a long block comment: int x = 118; "not a string" // nor this
 * line 119 of a long block comment: int x = 119; "not a string" // nor this
 * line 120 of a long block comment: int x = 120; "not a string" // nor this
 * line 121 of a long block comment: int x = 121; "not a string" // nor this
 * line 122 of a long block comment: int x = 122; "not a string" // nor this
 * line 123 of a long block comment: int x = 123; "not a string" // nor this
 * line 124 of a long block comment: int x = 124; "not a string" // nor this
 * line 125 of a long block comment: int x = 125; "not a string" // nor this
 * line 126 of a long block comment: int x = 126; "not a string" // nor this
 * line 127 of a long block comment: int x = 127; "not a string" // nor this
 * line 128 of a long block comment: int x = 128; "not a string" // nor this
 * line 129 of a long block comment: int x = 129; "not a string" // nor this
 * line 130 of a long block comment: int x = 130; "not a string" // nor this
 * line 131 of a long block comment: int x = 131; "not a string" // nor this
 * line 132 of a long block comment: int x = 132; "not a string" // nor this
 * line 133 of a long block comment: int x = 133; "not a string" // nor this
 * line 134 of a long block comment: int x = 134; "not a string" // nor this
 * line 135 of a long block comment: int x = 135; "not a string" // nor this
 * line 136 of a long block comment: int x = 136; "not a string" // nor this
 * line 137 of a long block comment: int x = 137; "not a string" // nor this
 * line 138 of a long block comment: int x = 138; "not a string" // nor this
 * line 139 of a long block comment: int x = 139; "not a string" // nor this
 * line 140 of a long block comment: int x = 140; "not a string" // nor this
 * line 141 of a long block comment: int x = 141; "not a string" // nor this
 * line 142 of a long block comment: int x = 142; "not a string" // nor this
 * line 143 of a long block comment: int x = 143; "not a string" // nor this
 * line 144 of a long block comment: int x = 144; "not a string" // nor this
 * line 145 of a long block comment: int x = 145; "not a string" // nor this
 * line 146 of a long block comment: int x = 146; "not a string" // nor this
 * line 147 of a long block comment: int x = 147; "not a string" // nor this
 * line 148 of a long block comment: int x = 148; "not a string" // nor this
 * line 149 of a long block comment: int x = 149; "not a string" // nor this
 * line 150 of a long block comment: int x = 150; "not a string" // nor this
 * line 151 of a long block comment: int x = 151; "not a string" // nor this
 * line 152 of a long block comment: int x = 152; "not a string" // nor this
 * line 153 of a long block comment: int x = 153; "not a string" // nor this
 * line 154 of a long block comment: int x = 154; "not a string" // nor this
 * line 155 of a long block comment: int x = 155; "not a string" // nor this
 * line 156 of a long block comment: int x = 156; "not a string" // nor this
 * line 157 of a long block comment: int x = 157; "not a string" // nor this
 * line 158 of a long block comment: int x = 158; "not a string" // nor this
 * line 159 of a long block comment: int x = 159; "not a string" // nor this
 * line 160 of a long block comment: int x = 160; "not a string" // nor this
 * line 161 of a long block comment: int x = 161; "not a string" // nor this
 * line 162 of a long block comment: int x = 162; "not a string" // nor this
 * line 163 of a long block comment: int x = 163; "not a string" // nor this
 * line 164 of a long block comment: int x = 164; "not a string" // nor this
 * line 165 of a long block comment: int x = 165; "not a string" // nor this
 * line 166 of a long block comment: int x = 166; "not a string" // nor this
 * line 167 of a long block comment: int x = 167; "not a string" // nor this
 * line 168 of a long block comment: int x = 168; "not a string" // nor this
 * line 169 of a long block comment: int x = 169; "not a string" // nor this
 * line 170 of a long block comment: int x = 170; "not a string" // nor this
 * line 171 of a long block comment: int x = 171; "not a string" // nor this
 * line 172 of a long block comment: int x = 172; "not a string" // nor this
 * line 173 of a long block comment: int x = 173; "not a string" // nor this
 * line 174 of a long block comment: int x = 174; "not a string" // nor this
 * line 175 of a long block comment: int x = 175; "not a string" // nor this
 * line 176 of a long block comment: int x = 176; "not a string" // nor this
 * line 177 of a long block comment: int x = 177; "not a string" // nor this
 * line 178 of a long block comment: int x = 178; "not a string" // nor this
 * line 179 of a long block comment: int x = 179; "not a string" // nor this
 * line 180 of a long block comment: int x = 180; "not a string" // nor this
 * line 181 of a long block comment: int x = 181; "not a string" // nor this
 * line 182 of a long block comment: int x = 182; "not a string" // nor this
 * line 183 of a long block comment: int x = 183; "not a string" // nor this
 * line 184 of a long block comment: int x = 184; "not a string" // nor this
 * line 185 of a long block comment: int x = 185; "not a string" // nor this
 * line 186 of a long block comment: int x = 186; "not a string" // nor this
 * line 187 of a long block comment: int x = 187; "not a string" // nor this
 * line 188 of a long block comment: int x = 188; "not a string" // nor this
 * line 189 of a long block comment: int x = 189; "not a string" // nor this
 * line 190 of a long block comment: int x = 190; "not a string" // nor this
 * line 191 of a long block comment: int x = 191; "not a string" // nor this
 * line 192 of a long block comment: int x = 192; "not a string" // nor this
 * line 193 of a long block comment: int x = 193; "not a string" // nor this
 * line 194 of a long block comment: int x = 194; "not a string" // nor this
 * line 195 of a long block comment: int x = 195; "not a string" // nor this
 * line 196 of a long block comment: int x = 196; "not a string" // nor this
 * line 197 of a long block comment: int x = 197; "not a string" // nor this
 * line 198 of a long block comment: int x = 198; "not a string" // nor this
 * line 199 of a long block comment: int x = 199; "not a string" // nor this
 * line 200 of a long block comment: int x = 200; "not a string" // nor this
 * line 201 of a long block comment: int x = 201; "not a string" // nor this
 * line 202 of a long block comment: int x = 202; "not a string" // nor this
 * line 203 of a long block comment: int x = 203; "not a string" // nor this
 * line 204 of a long block comment: int x = 204; "not a string" // nor this
 * line 205 of a long block comment: int x = 205; "not a string" // nor this
 * line 206 of a long block comment: int x = 206; "not a string" // nor this
 * line 207 of a long block comment: int x = 207; "not a string" // nor this
 * line 208 of a long block comment: int x = 208; "not a string" // nor this
 * line 209 of a long block comment: int x = 209; "not a string" // nor this
 * line 210 of a long block comment: int x = 210; "not a string" // nor this
 * line 211 of a long block comment: int x = 211; "not a string" // nor this
 * line 212 of a long block comment: int x = 212; "not a string" // nor this
 * line 213 of a long block comment: int x = 213; "not a string" // nor this
 * line 214 of a long block comment: int x = 214; "not a string" // nor this
 * line 215 of a long block comment: int x = 215; "not a string" // nor this
 * line 216 of a long block comment: int x = 216; "not a string" // nor this
 * line 217 of a long block comment: int x = 217; "not a string" // nor this
 * line 218 of a long block comment: int x = 218; "not a string" // nor this
 * line 219 of a long block comment: int x = 219; "not a string" // nor this
 * line 220 of a long block comment: int x = 220; "not a string" // nor this
 * line 221 of a long block comment: int x = 221; "not a string" // nor this
 * line 222 of a long block comment: int x = 222; "not a string" // nor this
 * line 223 of a long block comment: int x = 223; "not a string" // nor this
 * line 224 of a long block comment: int x = 224; "not a string" // nor this
 * line 225 of a long block comment: int x = 225; "not a string" // nor this
 * line 226 of a long block comment: int x = 226; "not a string" // nor this
 * line 227 of a long block comment: int x = 227; "not a string" // nor this
 * line 228 of a long block comment: int x = 228; "not a string" // nor this
 * line 229 of a long block comment: int x = 229; "not a string" // nor this
 * line 230 of a long block comment: int x = 230; "not a string" // nor this
 * line 231 of a long block comment: int x = 231; "not a string" // nor this
 * line 232 of a long block comment: int x = 232; "not a string" // nor this
 * line 233 of a long block comment: int x = 233; "not a string" // nor this
 * line 234 of a long block comment: int x = 234; "not a string" // nor this
 * line 235 of a long block comment: int x = 235; "not a string" // nor this
 * line 236 of a long block comment: int x = 236; "not a string" // nor this
 * line 237 of a long block comment: int x = 237; "not a string" // nor this
 * line 238 of a long block comment: int x = 238; "not a string" // nor this
 * line 239 of a long block comment: int x = 239; "not a string" // nor this
 * line 240 of a long block comment: int x = 240; "not a string" // nor this
 * line 241 of a long block comment: int x = 241; "not a string" // nor this
 * line 242 of a long block comment: int x = 242; "not a string" // nor this
 * line 243 of a long block comment: int x = 243; "not a string" // nor this
 * line 244 of a long block comment: int x = 244; "not a string" // nor this
 * line 245 of a long block comment: int x = 245; "not a string" // nor this
 * line 246 of a long block comment: int x = 246; "not a string" // nor this
 * line 247 of a long block comment: int x = 247; "not a string" // nor this
 * line 248 of a long block comment: int x = 248; "not a string" // nor this
 * line 249 of a long block comment: int x = 249; "not a string" // nor this
 * line 250 of a long block comment: int x = 250; "not a string" // nor this
 * line 251 of a long block comment: int x = 251; "not a string" // nor this
 * line 252 of a long block comment: int x = 252; "not a string" // nor this
 * line 253 of a long block comment: int x = 253; "not a string" // nor this
 * line 254 of a long block comment: int x = 254; "not a string" // nor this
 * line 255 of a long block comment: int x = 255; "not a string" // nor this
 * line 256 of a long block comment: int x = 256; "not a string" // nor this
 * line 257 of a long block comment: int x = 257; "not a string" // nor this
 * line 258 of a long block comment: int x = 258; "not a string" // nor this
 * line 259 of a long block comment: int x = 259; "not a string" // nor this
 * line 260 of a long block comment: int x = 260; "not a string" // nor this
 * line 261 of a long block comment: int x = 261; "not a string" // nor this
 * line 262 of a long block comment: int x = 262; "not a string" // nor this
 * line 263 of a long block comment: int x = 263; "not a string" // nor this
 * line 264 of a long block comment: int x = 264; "not a string" // nor this
 * line 265 of a long block comment: int x = 265; "not a string" // nor this
 * line 266 of a long block comment: int x = 266; "not a string" // nor this
 * line 267 of a long block comment: int x = 267; "not a string" // nor this
 * line 268 of a long block comment: int x = 268; "not a string" // nor this
 * line 269 of a long block comment: int x = 269; "not a string" // nor this
 * line 270 of a long block comment: int x = 270; "not a string" // nor this
 * line 271 of a long block comment: int x = 271; "not a string" // nor this
 * line 272 of a long block comment: int x = 272; "not a string" // nor this
 * line 273 of a long block comment: int x = 273; "not a string" // nor this
 * line 274 of a long block comment: int x = 274; "not a string" // nor this
 * line 275 of a long block comment: int x = 275; "not a string" // nor this
 * line 276 of a long block comment: int x = 276; "not a string" // nor this
 * line 277 of a long block comment: int x = 277; "not a string" // nor this
 * line 278 of a long block comment: int x = 278; "not a string" // nor this
 * line 279 of a long block comment: int x = 279; "not a string" // nor this
 * line 280 of a long block comment: int x = 280; "not a string" // nor this
 * line 281 of a long block comment: int x = 281; "not a string" // nor this
 * line 282 of a long block comment: int x = 282; "not a string" // nor this
 * line 283 of a long block comment: int x = 283; "not a string" // nor this
 * line 284 of a long block comment: int x = 284; "not a string" // nor this
 * line 285 of a long block comment: int x = 285; "not a string" // nor this
 * line 286 of a long block comment: int x = 286; "not a string" // nor this
 * line 287 of a long block comment: int x = 287; "not a string" // nor this
 * line 288 of a long block comment: int x = 288; "not a string" // nor this
 * line 289 of a long block comment: int x = 289; "not a string" // nor this
 * line 290 of a long block comment: int x = 290; "not a string" // nor this
 * line 291 of a long block comment: int x = 291; "not a string" // nor this
 * line 292 of a long block comment: int x = 292; "not a string" // nor this
 * line 293 of a long block comment: int x = 293; "not a string" // nor this
 * line 294 of a long block comment: int x = 294; "not a string" // nor this
 * line 295 of a long block comment: int x = 295; "not a string" // nor this
 * line 296 of a long block comment: int x = 296; "not a string" // nor this
 * line 297 of a long block comment: int x = 297; "not a string" // nor this
 * line 298 of a long block comment: int x = 298; "not a string" // nor this
 * line 299 of a long block comment: int x = 299; "not a string" // nor this
 * line 300 of a long block comment: int x = 300; "not a string" // nor this
 * line 301 of a long block comment: int x = 301; "not a string" // nor this
 * line 302 of a long block comment: int x = 302; "not a string" // nor this
 * line 303 of a long block comment: int x = 303; "not a string" // nor this
 * line 304 of a long block comment: int x = 304; "not a string" // nor this
 * line 305 of a long block comment: int x = 305; "not a string" // nor this
 * line 306 of a long block comment: int x = 306; "not a string" // nor this
 * line 307 of a long block comment: int x = 307; "not a string" // nor this
 * line 308 of a long block comment: int x = 308; "not a string" // nor this
 * line 309 of a long block comment: int x = 309; "not a string" // nor this
 * line 310 of a long block comment: int x = 310; "not a string" // nor this
 * line 311 of a long block comment: int x = 311; "not a string" // nor this
 * line 312 of a long block comment: int x = 312; "not a string" // nor this
 * line 313 of a long block comment: int x = 313; "not a string" // nor this
 * line 314 of a long block comment: int x = 314; "not a string" // nor this
 * line 315 of a long block comment: int x = 315; "not a string" // nor this
 * line 316 of a long block comment: int x = 316; "not a string" // nor this
 * line 317 of a long block comment: int x = 317; "not a string" // nor this
 * line 318 of a long block comment: int x = 318; "not a string" // nor this
 * line 319 of a long block comment: int x = 319; "not a string" // nor this
 * line 320 of a long block comment: int x = 320; "not a string" // nor this
 * line 321 of a long block comment: int x = 321; "not a string" // nor this
 * line 322 of a long block comment: int x = 322; "not a string" // nor this
 * line 323 of a long block comment: int x = 323; "not a string" // nor this
 * line 324 of a long block comment: int x = 324; "not a string" // nor this
 * line 325 of a long block comment: int x = 325; "not a string" // nor this
 * line 326 of a long block comment: int x = 326; "not a string" // nor this
 * line 327 of a long block comment: int x = 327; "not a string" // nor this
 * line 328 of a long block comment: int x = 328; "not a string" // nor this
 * line 329 of a long block comment: int x = 329; "not a string" // nor this
 * line 330 of a long block comment: int x = 330; "not a string" // nor this
 * line 331 of a long block comment: int x = 331; "not a string" // nor this
 * line 332 of a long block comment: int x = 332; "not a string" // nor this
 * line 333 of a long block comment: int x = 333; "not a string" // nor this
 * line 334 of a long block comment: int x = 334; "not a string" // nor this
 * line 335 of a long block comment: int x = 335; "not a string" // nor this
 * line 336 of a long block comment: int x = 336; "not a string" // nor this
 * line 337 of a long block comment: int x = 337; "not a string" // nor this
 * line 338 of a long block comment: int x = 338; "not a string" // nor this
 * line 339 of a long block comment: int x = 339; "not a string" // nor this
 * line 340 of a long block comment: int x = 340; "not a string" // nor this
 * line 341 of a long block comment: int x = 341; "not a string" // nor this
 * line 342 of a long block comment: int x = 342; "not a string" // nor this
 * line 343 of a long block comment: int x = 343; "not a string" // nor this
 * line 344 of a long block comment: int x = 344; "not a string" // nor this
 * line 345 of a long block comment: int x = 345; "not a string" // nor this
 * line 346 of a long block comment: int x = 346; "not a string" // nor this
 * line 347 of a long block comment: int x = 347; "not a string" // nor this
 * line 348 of a long block comment: int x = 348; "not a string" // nor this
 * line 349 of a long block comment: int x = 349; "not a string" // nor this
 * line 350 of a long block comment: int x = 350; "not a string" // nor this
 * line 351 of a long block comment: int x = 351; "not a string" // nor this
 * line 352 of a long block comment: int x = 352; "not a string" // nor this
 * line 353 of a long block comment: int x = 353; "not a string" // nor this
 * line 354 of a long block comment: int x = 354; "not a string" // nor this
 * line 355 of a long block comment: int x = 355; "not a string" // nor this
 * line 356 of a long block comment: int x = 356; "not a string" // nor this
 * line 357 of a long block comment: int x = 357; "not a string" // nor this
 * line 358 of a long block comment: int x = 358; "not a string" // nor this
 * line 359 of a long block comment: int x = 359; "not a string" // nor this
 * line 360 of a long block comment: int x = 360; "not a string" // nor this
 * line 361 of a long block comment: int x = 361; "not a string" // nor this
 * line 362 of a long block comment: int x = 362; "not a string" // nor this
 * line 363 of a long block comment: int x = 363; "not a string" // nor this
 * line 364 of a long block comment: int x = 364; "not a string" // nor this
 * line 365 of a long block comment: int x = 365; "not a string" // nor this
 * line 366 of a long block comment: int x = 366; "not a string" // nor this
 * line 367 of a long block comment: int x = 367; "not a string" // nor this
 * line 368 of a long block comment: int x = 368; "not a string" // nor this
 * line 369 of a long block comment: int x = 369; "not a string" // nor this
 * line 370 of a long block comment: int x = 370; "not a string" // nor this
 * line 371 of a long block comment: int x = 371; "not a string" // nor this
 * line 372 of a long block comment: int x = 372; "not a string" // nor this
 * line 373 of a long block comment: int x = 373; "not a string" // nor this
 * line 374 of a long block comment: int x = 374; "not a string" // nor this
 * line 375 of a long block comment: int x = 375; "not a string" // nor this
 * line 376 of a long block comment: int x = 376; "not a string" // nor this
 * line 377 of a long block comment: int x = 377; "not a string" // nor this
 * line 378 of a long block comment: int x = 378; "not a string" // nor this
 * line 379 of a long block comment: int x = 379; "not a string" // nor this
 * line 380 of a long block comment: int x = 380; "not a string" // nor this
 * line 381 of a long block comment: int x = 381; "not a string" // nor this
 * line 382 of a long block comment: int x = 382; "not a string" // nor this
 * line 383 of a long block comment: int x = 383; "not a string" // nor this
 * line 384 of a long block comment: int x = 384; "not a string" // nor this
 * line 385 of a long block comment: int x = 385; "not a string" // nor this
 * line 386 of a long block comment: int x = 386; "not a string" // nor this
 * line 387 of a long block comment: int x = 387; "not a string" // nor this
 * line 388 of a long block comment: int x = 388; "not a string" // nor this
 * line 389 of a long block comment: int x = 389; "not a string" // nor this
 * line 390 of a long block comment: int x = 390; "not a string" // nor this
 * line 391 of a long block comment: int x = 391; "not a string" // nor this
 * line 392 of a long block comment: int x = 392; "not a string" // nor this
 * line 393 of a long block comment: int x = 393; "not a string" // nor this
 * line 394 of a long block comment: int x = 394; "not a string" // nor this
 * line 395 of a long block comment: int x = 395; "not a string" // nor this
 * line 396 of a long block comment: int x = 396; "not a string" // nor this
 * line 397 of a long block comment: int x = 397; "not a string" // nor this
 * line 398 of a long block comment: int x = 398; "not a string" // nor this
 * line 399 of a long block comment: int x = 399; "not a string" // nor this
 */

static int f0(int a, char *s)
{
    uint32_t k = 0u; /* short */
    if (a > 0) {
        return a * 0 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f1(int a, char *s)
{
    uint32_t k = 1u; /* short */
    if (a > 1) {
        return a * 1 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f2(int a, char *s)
{
    uint32_t k = 2u; /* short */
    if (a > 2) {
        return a * 2 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f3(int a, char *s)
{
    uint32_t k = 3u; /* short */
    if (a > 3) {
        return a * 3 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f4(int a, char *s)
{
    uint32_t k = 4u; /* short */
    if (a > 4) {
        return a * 4 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f5(int a, char *s)
{
    uint32_t k = 5u; /* short */
    if (a > 5) {
        return a * 5 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f6(int a, char *s)
{
    uint32_t k = 6u; /* short */
    if (a > 6) {
        return a * 6 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f7(int a, char *s)
{
    uint32_t k = 7u; /* short */
    if (a > 7) {
        return a * 7 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f8(int a, char *s)
{
    uint32_t k = 8u; /* short */
    if (a > 8) {
        return a * 8 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f9(int a, char *s)
{
    uint32_t k = 9u; /* short */
    if (a > 9) {
        return a * 9 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f10(int a, char *s)
{
    uint32_t k = 10u; /* short */
    if (a > 10) {
        return a * 10 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f11(int a, char *s)
{
    uint32_t k = 11u; /* short */
    if (a > 11) {
        return a * 11 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f12(int a, char *s)
{
    uint32_t k = 12u; /* short */
    if (a > 12) {
        return a * 12 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f13(int a, char *s)
{
    uint32_t k = 13u; /* short */
    if (a > 13) {
        return a * 13 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f14(int a, char *s)
{
    uint32_t k = 14u; /* short */
    if (a > 14) {
        return a * 14 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f15(int a, char *s)
{
    uint32_t k = 15u; /* short */
    if (a > 15) {
        return a * 15 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f16(int a, char *s)
{
    uint32_t k = 16u; /* short */
    if (a > 16) {
        return a * 16 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f17(int a, char *s)
{
    uint32_t k = 17u; /* short */
    if (a > 17) {
        return a * 17 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f18(int a, char *s)
{
    uint32_t k = 18u; /* short */
    if (a > 18) {
        return a * 18 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f19(int a, char *s)
{
    uint32_t k = 19u; /* short */
    if (a > 19) {
        return a * 19 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f20(int a, char *s)
{
    uint32_t k = 20u; /* short */
    if (a > 20) {
        return a * 20 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f21(int a, char *s)
{
    uint32_t k = 21u; /* short */
    if (a > 21) {
        return a * 21 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f22(int a, char *s)
{
    uint32_t k = 22u; /* short */
    if (a > 22) {
        return a * 22 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f23(int a, char *s)
{
    uint32_t k = 23u; /* short */
    if (a > 23) {
        return a * 23 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f24(int a, char *s)
{
    uint32_t k = 24u; /* short */
    if (a > 24) {
        return a * 24 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f25(int a, char *s)
{
    uint32_t k = 25u; /* short */
    if (a > 25) {
        return a * 25 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f26(int a, char *s)
{
    uint32_t k = 26u; /* short */
    if (a > 26) {
        return a * 26 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f27(int a, char *s)
{
    uint32_t k = 27u; /* short */
    if (a > 27) {
        return a * 27 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f28(int a, char *s)
{
    uint32_t k = 28u; /* short */
    if (a > 28) {
        return a * 28 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f29(int a, char *s)
{
    uint32_t k = 29u; /* short */
    if (a > 29) {
        return a * 29 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f30(int a, char *s)
{
    uint32_t k = 30u; /* short */
    if (a > 30) {
        return a * 30 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f31(int a, char *s)
{
    uint32_t k = 31u; /* short */
    if (a > 31) {
        return a * 31 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f32(int a, char *s)
{
    uint32_t k = 32u; /* short */
    if (a > 32) {
        return a * 32 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f33(int a, char *s)
{
    uint32_t k = 33u; /* short */
    if (a > 33) {
        return a * 33 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f34(int a, char *s)
{
    uint32_t k = 34u; /* short */
    if (a > 34) {
        return a * 34 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f35(int a, char *s)
{
    uint32_t k = 35u; /* short */
    if (a > 35) {
        return a * 35 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f36(int a, char *s)
{
    uint32_t k = 36u; /* short */
    if (a > 36) {
        return a * 36 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f37(int a, char *s)
{
    uint32_t k = 37u; /* short */
    if (a > 37) {
        return a * 37 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f38(int a, char *s)
{
    uint32_t k = 38u; /* short */
    if (a > 38) {
        return a * 38 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f39(int a, char *s)
{
    uint32_t k = 39u; /* short */
    if (a > 39) {
        return a * 39 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f40(int a, char *s)
{
    uint32_t k = 40u; /* short */
    if (a > 40) {
        return a * 40 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f41(int a, char *s)
{
    uint32_t k = 41u; /* short */
    if (a > 41) {
        return a * 41 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f42(int a, char *s)
{
    uint32_t k = 42u; /* short */
    if (a > 42) {
        return a * 42 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f43(int a, char *s)
{
    uint32_t k = 43u; /* short */
    if (a > 43) {
        return a * 43 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f44(int a, char *s)
{
    uint32_t k = 44u; /* short */
    if (a > 44) {
        return a * 44 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f45(int a, char *s)
{
    uint32_t k = 45u; /* short */
    if (a > 45) {
        return a * 45 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f46(int a, char *s)
{
    uint32_t k = 46u; /* short */
    if (a > 46) {
        return a * 46 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f47(int a, char *s)
{
    uint32_t k = 47u; /* short */
    if (a > 47) {
        return a * 47 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f48(int a, char *s)
{
    uint32_t k = 48u; /* short */
    if (a > 48) {
        return a * 48 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f49(int a, char *s)
{
    uint32_t k = 49u; /* short */
    if (a > 49) {
        return a * 49 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f50(int a, char *s)
{
    uint32_t k = 50u; /* short */
    if (a > 50) {
        return a * 50 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f51(int a, char *s)
{
    uint32_t k = 51u; /* short */
    if (a > 51) {
        return a * 51 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f52(int a, char *s)
{
    uint32_t k = 52u; /* short */
    if (a > 52) {
        return a * 52 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f53(int a, char *s)
{
    uint32_t k = 53u; /* short */
    if (a > 53) {
        return a * 53 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f54(int a, char *s)
{
    uint32_t k = 54u; /* short */
    if (a > 54) {
        return a * 54 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f55(int a, char *s)
{
    uint32_t k = 55u; /* short */
    if (a > 55) {
        return a * 55 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f56(int a, char *s)
{
    uint32_t k = 56u; /* short */
    if (a > 56) {
        return a * 56 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f57(int a, char *s)
{
    uint32_t k = 57u; /* short */
    if (a > 57) {
        return a * 57 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f58(int a, char *s)
{
    uint32_t k = 58u; /* short */
    if (a > 58) {
        return a * 58 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f59(int a, char *s)
{
    uint32_t k = 59u; /* short */
    if (a > 59) {
        return a * 59 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f60(int a, char *s)
{
    uint32_t k = 60u; /* short */
    if (a > 60) {
        return a * 60 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f61(int a, char *s)
{
    uint32_t k = 61u; /* short */
    if (a > 61) {
        return a * 61 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f62(int a, char *s)
{
    uint32_t k = 62u; /* short */
    if (a > 62) {
        return a * 62 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f63(int a, char *s)
{
    uint32_t k = 63u; /* short */
    if (a > 63) {
        return a * 63 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f64(int a, char *s)
{
    uint32_t k = 64u; /* short */
    if (a > 64) {
        return a * 64 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f65(int a, char *s)
{
    uint32_t k = 65u; /* short */
    if (a > 65) {
        return a * 65 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f66(int a, char *s)
{
    uint32_t k = 66u; /* short */
    if (a > 66) {
        return a * 66 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f67(int a, char *s)
{
    uint32_t k = 67u; /* short */
    if (a > 67) {
        return a * 67 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f68(int a, char *s)
{
    uint32_t k = 68u; /* short */
    if (a > 68) {
        return a * 68 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f69(int a, char *s)
{
    uint32_t k = 69u; /* short */
    if (a > 69) {
        return a * 69 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f70(int a, char *s)
{
    uint32_t k = 70u; /* short */
    if (a > 70) {
        return a * 70 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f71(int a, char *s)
{
    uint32_t k = 71u; /* short */
    if (a > 71) {
        return a * 71 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f72(int a, char *s)
{
    uint32_t k = 72u; /* short */
    if (a > 72) {
        return a * 72 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f73(int a, char *s)
{
    uint32_t k = 73u; /* short */
    if (a > 73) {
        return a * 73 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f74(int a, char *s)
{
    uint32_t k = 74u; /* short */
    if (a > 74) {
        return a * 74 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f75(int a, char *s)
{
    uint32_t k = 75u; /* short */
    if (a > 75) {
        return a * 75 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f76(int a, char *s)
{
    uint32_t k = 76u; /* short */
    if (a > 76) {
        return a * 76 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f77(int a, char *s)
{
    uint32_t k = 77u; /* short */
    if (a > 77) {
        return a * 77 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f78(int a, char *s)
{
    uint32_t k = 78u; /* short */
    if (a > 78) {
        return a * 78 + (int) k; // done
    }
    return strlen(s) + '\n';
}

static int f79(int a, char *s)
{
    uint32_t k = 79u; /* short */
    if (a > 79) {
        return a * 79 + (int) k; // done
    }
    return strlen(s) + '\n';
}

int main(int argc, char **argv)
{
    const char *msg = "hello, \"world\"\n";
    printf("%s %d\n", msg, MAX(argc, 2));
    return 0;
}
