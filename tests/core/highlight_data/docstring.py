"""Module docstring.

Spanning a few lines.
"""

import os


class Sample:
    """
    Line 0 of the docstring: def not_code(): return '0' # not a comment
    Line 1 of the docstring: def not_code(): return '1' # not a comment
    Line 2 of the docstring: def not_code(): return '2' # not a comment
    Line 3 of the docstring: def not_code(): return '3' # not a comment
    Line 4 of the docstring: def not_code(): return '4' # not a comment
    Line 5 of the docstring: def not_code(): return '5' # not a comment
    Line 6 of the docstring: def not_code(): return '6' # not a comment
    Line 7 of the docstring: def not_code(): return '7' # not a comment
    Line 8 of the docstring: def not_code(): return '8' # not a comment
    Line 9 of the docstring: def not_code(): return '9' # not a comment
    Line 10 of the docstring: def not_code(): return '10' # not a comment
    Line 11 of the docstring: def not_code(): return '11' # not a comment
    Line 12 of the docstring: def not_code(): return '12' # not a comment
    Line 13 of the docstring: def not_code(): return '13' # not a comment
    Line 14 of the docstring: def not_code(): return '14' # not a comment
    Line 15 of the docstring: def not_code(): return '15' # not a comment
    Line 16 of the docstring: def not_code(): return '16' # not a comment
    Line 17 of the docstring: def not_code(): return '17' # not a comment
    Line 18 of the docstring: def not_code(): return '18' # not a comment
    Line 19 of the docstring: def not_code(): return '19' # not a comment
    Line 20 of the docstring: def not_code(): return '20' # not a comment
    Line 21 of the docstring: def not_code(): return '21' # not a comment
    Line 22 of the docstring: def not_code(): return '22' # not a comment
    Line 23 of the docstring: def not_code(): return '23' # not a comment
    Line 24 of the docstring: def not_code(): return '24' # not a comment
    Line 25 of the docstring: def not_code(): return '25' # not a comment
    Line 26 of the docstring: def not_code(): return '26' # not a comment
    Line 27 of the docstring: def not_code(): return '27' # not a comment
    Line 28 of the docstring: def not_code(): return '28' # not a comment
    Line 29 of the docstring: def not_code(): return '29' # not a comment
    Line 30 of the docstring: def not_code(): return '30' # not a comment
    Line 31 of the docstring: def not_code(): return '31' # not a comment
    Line 32 of the docstring: def not_code(): return '32' # not a comment
    Line 33 of the docstring: def not_code(): return '33' # not a comment
    Line 34 of the docstring: def not_code(): return '34' # not a comment
    Line 35 of the docstring: def not_code(): return '35' # not a comment
    Line 36 of the docstring: def not_code(): return '36' # not a comment
    Line 37 of the docstring: def not_code(): return '37' # not a comment
    Line 38 of the docstring: def not_code(): return '38' # not a comment
    Line 39 of the docstring: def not_code(): return '39' # not a comment
    Line 40 of the docstring: def not_code(): return '40' # not a comment
    Line 41 of the docstring: def not_code(): return '41' # not a comment
    Line 42 of the docstring: def not_code(): return '42' # not a comment
    Line 43 of the docstring: def not_code(): return '43' # not a comment
    Line 44 of the docstring: def not_code(): return '44' # not a comment
    Line 45 of the docstring: def not_code(): return '45' # not a comment
    Line 46 of the docstring: def not_code(): return '46' # not a comment
    Line 47 of the docstring: def not_code(): return '47' # not a comment
    Line 48 of the docstring: def not_code(): return '48' # not a comment
    Line 49 of the docstring: def not_code(): return '49' # not a comment
    Line 50 of the docstring: def not_code(): return '50' # not a comment
    Line 51 of the docstring: def not_code(): return '51' # not a comment
    Line 52 of the docstring: def not_code(): return '52' # not a comment
    Line 53 of the docstring: def not_code(): return '53' # not a comment
    Line 54 of the docstring: def not_code(): return '54' # not a comment
    Line 55 of the docstring: def not_code(): return '55' # not a comment
    Line 56 of the docstring: def not_code(): return '56' # not a comment
    Line 57 of the docstring: def not_code(): return '57' # not a comment
    Line 58 of the docstring: def not_code(): return '58' # not a comment
    Line 59 of the docstring: def not_code(): return '59' # not a comment
    Line 60 of the docstring: def not_code(): return '60' # not a comment
    Line 61 of the docstring: def not_code(): return '61' # not a comment
    Line 62 of the docstring: def not_code(): return '62' # not a comment
    Line 63 of the docstring: def not_code(): return '63' # not a comment
    Line 64 of the docstring: def not_code(): return '64' # not a comment
    Line 65 of the docstring: def not_code(): return '65' # not a comment
    Line 66 of the docstring: def not_code(): return '66' # not a comment
    Line 67 of the docstring: def not_code(): return '67' # not a comment
    Line 68 of the docstring: def not_code(): return '68' # not a comment
    Line 69 of the docstring: def not_code(): return '69' # not a comment
    Line 70 of the docstring: def not_code(): return '70' # not a comment
    Line 71 of the docstring: def not_code(): return '71' # not a comment
    Line 72 of the docstring: def not_code(): return '72' # not a comment
    Line 73 of the docstring: def not_code(): return '73' # not a comment
    Line 74 of the docstring: def not_code(): return '74' # not a comment
    Line 75 of the docstring: def not_code(): return '75' # not a comment
    Line 76 of the docstring: def not_code(): return '76' # not a comment
    Line 77 of the docstring: def not_code(): return '77' # not a comment
    Line 78 of the docstring: def not_code(): return '78' # not a comment
    Line 79 of the docstring: def not_code(): return '79' # not a comment
    Line 80 of the docstring: def not_code(): return '80' # not a comment
    Line 81 of the docstring: def not_code(): return '81' # not a comment
    Line 82 of the docstring: def not_code(): return '82' # not a comment
    Line 83 of the docstring: def not_code(): return '83' # not a comment
    Line 84 of the docstring: def not_code(): return '84' # not a comment
    Line 85 of the docstring: def not_code(): return '85' # not a comment
    Line 86 of the docstring: def not_code(): return '86' # not a comment
    Line 87 of the docstring: def not_code(): return '87' # not a comment
    Line 88 of the docstring: def not_code(): return '88' # not a comment
    Line 89 of the docstring: def not_code(): return '89' # not a comment
    Line 90 of the docstring: def not_code(): return '90' # not a comment
    Line 91 of the docstring: def not_code(): return '91' # not a comment
    Line 92 of the docstring: def not_code(): return '92' # not a comment
    Line 93 of the docstring: def not_code(): return '93' # not a comment
    Line 94 of the docstring: def not_code(): return '94' # not a comment
    Line 95 of the docstring: def not_code(): return '95' # not a comment
    Line 96 of the docstring: def not_code(): return '96' # not a comment
    Line 97 of the docstring: def not_code(): return '97' # not a comment
    Line 98 of the docstring: def not_code(): return '98' # not a comment
    Line 99 of the docstring: def not_code(): return '99' # not a comment
    Line 100 of the docstring: def not_code(): return '100' # not a comment
    Line 101 of the docstring: def not_code(): return '101' # not a comment
    Line 102 of the docstring: def not_code(): return '102' # not a comment
    Line 103 of the docstring: def not_code(): return '103' # not a comment
    Line 104 of the docstring: def not_code(): return '104' # not a comment
    Line 105 of the docstring: def not_code(): return '105' # not a comment
    Line 106 of the docstring: def not_code(): return '106' # not a comment
    Line 107 of the docstring: def not_code(): return '107' # not a comment
    Line 108 of the docstring: def not_code(): return '108' # not a comment
    Line 109 of the docstring: def not_code(): return '109' # not a comment
    Line 110 of the docstring: def not_code(): return '110' # not a comment
    Line 111 of the docstring: def not_code(): return '111' # not a comment
    Line 112 of the docstring: def not_code(): return '112' # not a comment
    Line 113 of the docstring: def not_code(): return '113' # not a comment
    Line 114 of the docstring: def not_code(): return '114' # not a comment
    Line 115 of the docstring: def not_code(): return '115' # not a comment
    Line 116 of the docstring: def not_code(): return '116' # not a comment
    Line 117 of the docstring: def not_code(): return '117' # not a comment
    Line 118 of the docstring: def not_code(): return '118' # not a comment
    Line 119 of the docstring: def not_code(): return '119' # not a comment
    Line 120 of the docstring: def not_code(): return '120' # not a comment
    Line 121 of the docstring: def not_code(): return '121' # not a comment
    Line 122 of the docstring: def not_code(): return '122' # not a comment
    Line 123 of the docstring: def not_code(): return '123' # not a comment
    Line 124 of the docstring: def not_code(): return '124' # not a comment
    Line 125 of the docstring: def not_code(): return '125' # not a comment
    Line 126 of the docstring: def not_code(): return '126' # not a comment
    Line 127 of the docstring: def not_code(): return '127' # not a comment
    Line 128 of the docstring: def not_code(): return '128' # not a comment
    Line 129 of the docstring: def not_code(): return '129' # not a comment
    Line 130 of the docstring: def not_code(): return '130' # not a comment
    Line 131 of the docstring: def not_code(): return '131' # not a comment
    Line 132 of the docstring: def not_code(): return '132' # not a comment
    Line 133 of the docstring: def not_code(): return '133' # not a comment
    Line 134 of the docstring: def not_code(): return '134' # not a comment
    Line 135 of the docstring: def not_code(): return '135' # not a comment
    Line 136 of the docstring: def not_code(): return '136' # not a comment
    Line 137 of the docstring: def not_code(): return '137' # not a comment
    Line 138 of the docstring: def not_code(): return '138' # not a comment
    Line 139 of the docstring: def not_code(): return '139' # not a comment
    Line 140 of the docstring: def not_code(): return '140' # not a comment
    Line 141 of the docstring: def not_code(): return '141' # not a comment
    Line 142 of the docstring: def not_code(): return '142' # not a comment
    Line 143 of the docstring: def not_code(): return '143' # not a comment
    Line 144 of the docstring: def not_code(): return '144' # not a comment
    Line 145 of the docstring: def not_code(): return '145' # not a comment
    Line 146 of the docstring: def not_code(): return '146' # not a comment
    Line 147 of the docstring: def not_code(): return '147' # not a comment
    Line 148 of the docstring: def not_code(): return '148' # not a comment
    Line 149 of the docstring: def not_code(): return '149' # not a comment
    Line 150 of the docstring: def not_code(): return '150' # not a comment
    Line 151 of the docstring: def not_code(): return '151' # not a comment
    Line 152 of the docstring: def not_code(): return '152' # not a comment
    Line 153 of the docstring: def not_code(): return '153' # not a comment
    Line 154 of the docstring: def not_code(): return '154' # not a comment
    Line 155 of the docstring: def not_code(): return '155' # not a comment
    Line 156 of the docstring: def not_code(): return '156' # not a comment
    Line 157 of the docstring: def not_code(): return '157' # not a comment
    Line 158 of the docstring: def not_code(): return '158' # not a comment
    Line 159 of the docstring: def not_code(): return '159' # not a comment
    Line 160 of the docstring: def not_code(): return '160' # not a comment
    Line 161 of the docstring: def not_code(): return '161' # not a comment
    Line 162 of the docstring: def not_code(): return '162' # not a comment
    Line 163 of the docstring: def not_code(): return '163' # not a comment
    Line 164 of the docstring: def not_code(): return '164' # not a comment
    Line 165 of the docstring: def not_code(): return '165' # not a comment
    Line 166 of the docstring: def not_code(): return '166' # not a comment
    Line 167 of the docstring: def not_code(): return '167' # not a comment
    Line 168 of the docstring: def not_code(): return '168' # not a comment
    Line 169 of the docstring: def not_code(): return '169' # not a comment
    Line 170 of the docstring: def not_code(): return '170' # not a comment
    Line 171 of the docstring: def not_code(): return '171' # not a comment
    Line 172 of the docstring: def not_code(): return '172' # not a comment
    Line 173 of the docstring: def not_code(): return '173' # not a comment
    Line 174 of the docstring: def not_code(): return '174' # not a comment
    Line 175 of the docstring: def not_code(): return '175' # not a comment
    Line 176 of the docstring: def not_code(): return '176' # not a comment
    Line 177 of the docstring: def not_code(): return '177' # not a comment
    Line 178 of the docstring: def not_code(): return '178' # not a comment
    Line 179 of the docstring: def not_code(): return '179' # not a comment
    Line 180 of the docstring: def not_code(): return '180' # not a comment
    Line 181 of the docstring: def not_code(): return '181' # not a comment
    Line 182 of the docstring: def not_code(): return '182' # not a comment
    Line 183 of the docstring: def not_code(): return '183' # not a comment
    Line 184 of the docstring: def not_code(): return '184' # not a comment
    Line 185 of the docstring: def not_code(): return '185' # not a comment
    Line 186 of the docstring: def not_code(): return '186' # not a comment
    Line 187 of the docstring: def not_code(): return '187' # not a comment
    Line 188 of the docstring: def not_code(): return '188' # not a comment
    Line 189 of the docstring: def not_code(): return '189' # not a comment
    Line 190 of the docstring: def not_code(): return '190' # not a comment
    Line 191 of the docstring: def not_code(): return '191' # not a comment
    Line 192 of the docstring: def not_code(): return '192' # not a comment
    Line 193 of the docstring: def not_code(): return '193' # not a comment
    Line 194 of the docstring: def not_code(): return '194' # not a comment
    Line 195 of the docstring: def not_code(): return '195' # not a comment
    Line 196 of the docstring: def not_code(): return '196' # not a comment
    Line 197 of the docstring: def not_code(): return '197' # not a comment
    Line 198 of the docstring: def not_code(): return '198' # not a comment
    Line 199 of the docstring: def not_code(): return '199' # not a comment
    Line 200 of the docstring: def not_code(): return '200' # not a comment
    Line 201 of the docstring: def not_code(): return '201' # not a comment
    Line 202 of the docstring: def not_code(): return '202' # not a comment
    Line 203 of the docstring: def not_code(): return '203' # not a comment
    Line 204 of the docstring: def not_code(): return '204' # not a comment
    Line 205 of the docstring: def not_code(): return '205' # not a comment
    Line 206 of the docstring: def not_code(): return '206' # not a comment
    Line 207 of the docstring: def not_code(): return '207' # not a comment
    Line 208 of the docstring: def not_code(): return '208' # not a comment
    Line 209 of the docstring: def not_code(): return '209' # not a comment
    Line 210 of the docstring: def not_code(): return '210' # not a comment
    Line 211 of the docstring: def not_code(): return '211' # not a comment
    Line 212 of the docstring: def not_code(): return '212' # not a comment
    Line 213 of the docstring: def not_code(): return '213' # not a comment
    Line 214 of the docstring: def not_code(): return '214' # not a comment
    Line 215 of the docstring: def not_code(): return '215' # not a comment
    Line 216 of the docstring: def not_code(): return '216' # not a comment
    Line 217 of the docstring: def not_code(): return '217' # not a comment
    Line 218 of the docstring: def not_code(): return '218' # not a comment
    Line 219 of the docstring: def not_code(): return '219' # not a comment
    Line 220 of the docstring: def not_code(): return '220' # not a comment
    Line 221 of the docstring: def not_code(): return '221' # not a comment
    Line 222 of the docstring: def not_code(): return '222' # not a comment
    Line 223 of the docstring: def not_code(): return '223' # not a comment
    Line 224 of the docstring: def not_code(): return '224' # not a comment
    Line 225 of the docstring: def not_code(): return '225' # not a comment
    Line 226 of the docstring: def not_code(): return '226' # not a comment
    Line 227 of the docstring: def not_code(): return '227' # not a comment
    Line 228 of the docstring: def not_code(): return '228' # not a comment
    Line 229 of the docstring: def not_code(): return '229' # not a comment
    Line 230 of the docstring: def not_code(): return '230' # not a comment
    Line 231 of the docstring: def not_code(): return '231' # not a comment
    Line 232 of the docstring: def not_code(): return '232' # not a comment
    Line 233 of the docstring: def not_code(): return '233' # not a comment
    Line 234 of the docstring: def not_code(): return '234' # not a comment
    Line 235 of the docstring: def not_code(): return '235' # not a comment
    Line 236 of the docstring: def not_code(): return '236' # not a comment
    Line 237 of the docstring: def not_code(): return '237' # not a comment
    Line 238 of the docstring: def not_code(): return '238' # not a comment
    Line 239 of the docstring: def not_code(): return '239' # not a comment
    Line 240 of the docstring: def not_code(): return '240' # not a comment
    Line 241 of the docstring: def not_code(): return '241' # not a comment
    Line 242 of the docstring: def not_code(): return '242' # not a comment
    Line 243 of the docstring: def not_code(): return '243' # not a comment
    Line 244 of the docstring: def not_code(): return '244' # not a comment
    Line 245 of the docstring: def not_code(): return '245' # not a comment
    Line 246 of the docstring: def not_code(): return '246' # not a comment
    Line 247 of the docstring: def not_code(): return '247' # not a comment
    Line 248 of the docstring: def not_code(): return '248' # not a comment
    Line 249 of the docstring: def not_code(): return '249' # not a comment
    Line 250 of the docstring: def not_code(): return '250' # not a comment
    Line 251 of the docstring: def not_code(): return '251' # not a comment
    Line 252 of the docstring: def not_code(): return '252' # not a comment
    Line 253 of the docstring: def not_code(): return '253' # not a comment
    Line 254 of the docstring: def not_code(): return '254' # not a comment
    Line 255 of the docstring: def not_code(): return '255' # not a comment
    Line 256 of the docstring: def not_code(): return '256' # not a comment
    Line 257 of the docstring: def not_code(): return '257' # not a comment
    Line 258 of the docstring: def not_code(): return '258' # not a comment
    Line 259 of the docstring: def not_code(): return '259' # not a comment
    Line 260 of the docstring: def not_code(): return '260' # not a comment
    Line 261 of the docstring: def not_code(): return '261' # not a comment
    Line 262 of the docstring: def not_code(): return '262' # not a comment
    Line 263 of the docstring: def not_code(): return '263' # not a comment
    Line 264 of the docstring: def not_code(): return '264' # not a comment
    Line 265 of the docstring: def not_code(): return '265' # not a comment
    Line 266 of the docstring: def not_code(): return '266' # not a comment
    Line 267 of the docstring: def not_code(): return '267' # not a comment
    Line 268 of the docstring: def not_code(): return '268' # not a comment
    Line 269 of the docstring: def not_code(): return '269' # not a comment
    Line 270 of the docstring: def not_code(): return '270' # not a comment
    Line 271 of the docstring: def not_code(): return '271' # not a comment
    Line 272 of the docstring: def not_code(): return '272' # not a comment
    Line 273 of the docstring: def not_code(): return '273' # not a comment
    Line 274 of the docstring: def not_code(): return '274' # not a comment
    Line 275 of the docstring: def not_code(): return '275' # not a comment
    Line 276 of the docstring: def not_code(): return '276' # not a comment
    Line 277 of the docstring: def not_code(): return '277' # not a comment
    Line 278 of the docstring: def not_code(): return '278' # not a comment
    Line 279 of the docstring: def not_code(): return '279' # not a comment
    Line 280 of the docstring: def not_code(): return '280' # not a comment
    Line 281 of the docstring: def not_code(): return '281' # not a comment
    Line 282 of the docstring: def not_code(): return '282' # not a comment
    Line 283 of the docstring: def not_code(): return '283' # not a comment
    Line 284 of the docstring: def not_code(): return '284' # not a comment
    Line 285 of the docstring: def not_code(): return '285' # not a comment
    Line 286 of the docstring: def not_code(): return '286' # not a comment
    Line 287 of the docstring: def not_code(): return '287' # not a comment
    Line 288 of the docstring: def not_code(): return '288' # not a comment
    Line 289 of the docstring: def not_code(): return '289' # not a comment
    Line 290 of the docstring: def not_code(): return '290' # not a comment
    Line 291 of the docstring: def not_code(): return '291' # not a comment
    Line 292 of the docstring: def not_code(): return '292' # not a comment
    Line 293 of the docstring: def not_code(): return '293' # not a comment
    Line 294 of the docstring: def not_code(): return '294' # not a comment
    Line 295 of the docstring: def not_code(): return '295' # not a comment
    Line 296 of the docstring: def not_code(): return '296' # not a comment
    Line 297 of the docstring: def not_code(): return '297' # not a comment
    Line 298 of the docstring: def not_code(): return '298' # not a comment
    Line 299 of the docstring: def not_code(): return '299' # not a comment
    """

    def method_0(self, value: int = 0) -> str:
        '''Short doc 0.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 0

    def method_1(self, value: int = 1) -> str:
        '''Short doc 1.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 1

    def method_2(self, value: int = 2) -> str:
        '''Short doc 2.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 2

    def method_3(self, value: int = 3) -> str:
        '''Short doc 3.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 3

    def method_4(self, value: int = 4) -> str:
        '''Short doc 4.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 4

    def method_5(self, value: int = 5) -> str:
        '''Short doc 5.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 5

    def method_6(self, value: int = 6) -> str:
        '''Short doc 6.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 6

    def method_7(self, value: int = 7) -> str:
        '''Short doc 7.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 7

    def method_8(self, value: int = 8) -> str:
        '''Short doc 8.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 8

    def method_9(self, value: int = 9) -> str:
        '''Short doc 9.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 9

    def method_10(self, value: int = 10) -> str:
        '''Short doc 10.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 10

    def method_11(self, value: int = 11) -> str:
        '''Short doc 11.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 11

    def method_12(self, value: int = 12) -> str:
        '''Short doc 12.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 12

    def method_13(self, value: int = 13) -> str:
        '''Short doc 13.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 13

    def method_14(self, value: int = 14) -> str:
        '''Short doc 14.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 14

    def method_15(self, value: int = 15) -> str:
        '''Short doc 15.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 15

    def method_16(self, value: int = 16) -> str:
        '''Short doc 16.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 16

    def method_17(self, value: int = 17) -> str:
        '''Short doc 17.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 17

    def method_18(self, value: int = 18) -> str:
        '''Short doc 18.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 18

    def method_19(self, value: int = 19) -> str:
        '''Short doc 19.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 19

    def method_20(self, value: int = 20) -> str:
        '''Short doc 20.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 20

    def method_21(self, value: int = 21) -> str:
        '''Short doc 21.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 21

    def method_22(self, value: int = 22) -> str:
        '''Short doc 22.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 22

    def method_23(self, value: int = 23) -> str:
        '''Short doc 23.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 23

    def method_24(self, value: int = 24) -> str:
        '''Short doc 24.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 24

    def method_25(self, value: int = 25) -> str:
        '''Short doc 25.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 25

    def method_26(self, value: int = 26) -> str:
        '''Short doc 26.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 26

    def method_27(self, value: int = 27) -> str:
        '''Short doc 27.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 27

    def method_28(self, value: int = 28) -> str:
        '''Short doc 28.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 28

    def method_29(self, value: int = 29) -> str:
        '''Short doc 29.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 29

    def method_30(self, value: int = 30) -> str:
        '''Short doc 30.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 30

    def method_31(self, value: int = 31) -> str:
        '''Short doc 31.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 31

    def method_32(self, value: int = 32) -> str:
        '''Short doc 32.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 32

    def method_33(self, value: int = 33) -> str:
        '''Short doc 33.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 33

    def method_34(self, value: int = 34) -> str:
        '''Short doc 34.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 34

    def method_35(self, value: int = 35) -> str:
        '''Short doc 35.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 35

    def method_36(self, value: int = 36) -> str:
        '''Short doc 36.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 36

    def method_37(self, value: int = 37) -> str:
        '''Short doc 37.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 37

    def method_38(self, value: int = 38) -> str:
        '''Short doc 38.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 38

    def method_39(self, value: int = 39) -> str:
        '''Short doc 39.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 39

    def method_40(self, value: int = 40) -> str:
        '''Short doc 40.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 40

    def method_41(self, value: int = 41) -> str:
        '''Short doc 41.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 41

    def method_42(self, value: int = 42) -> str:
        '''Short doc 42.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 42

    def method_43(self, value: int = 43) -> str:
        '''Short doc 43.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 43

    def method_44(self, value: int = 44) -> str:
        '''Short doc 44.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 44

    def method_45(self, value: int = 45) -> str:
        '''Short doc 45.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 45

    def method_46(self, value: int = 46) -> str:
        '''Short doc 46.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 46

    def method_47(self, value: int = 47) -> str:
        '''Short doc 47.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 47

    def method_48(self, value: int = 48) -> str:
        '''Short doc 48.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 48

    def method_49(self, value: int = 49) -> str:
        '''Short doc 49.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 49

    def method_50(self, value: int = 50) -> str:
        '''Short doc 50.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 50

    def method_51(self, value: int = 51) -> str:
        '''Short doc 51.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 51

    def method_52(self, value: int = 52) -> str:
        '''Short doc 52.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 52

    def method_53(self, value: int = 53) -> str:
        '''Short doc 53.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 53

    def method_54(self, value: int = 54) -> str:
        '''Short doc 54.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 54

    def method_55(self, value: int = 55) -> str:
        '''Short doc 55.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 55

    def method_56(self, value: int = 56) -> str:
        '''Short doc 56.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 56

    def method_57(self, value: int = 57) -> str:
        '''Short doc 57.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 57

    def method_58(self, value: int = 58) -> str:
        '''Short doc 58.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 58

    def method_59(self, value: int = 59) -> str:
        '''Short doc 59.'''
        text = f"{value} and {self!r}" + 'single' + r'raw\d'
        return text  # comment 59


def tail():
    data = """a triple-quoted
string that is not a docstring
"""
    return data
