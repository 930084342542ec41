WITH "t11" AS (
  SELECT
    "t2"."person_id",
    "t2"."benefit",
    "t2"."start_date",
    "t2"."target_group",
    "t2"."early_followup_request_date",
    "t2"."education_order",
    "t2"."rowid" AS "_rid",
    CASE
      WHEN (
        "t2"."end_date" IS NULL
      ) OR (
        "t2"."end_date" > CAST($as_of AS DATE)
      )
      THEN MAKE_DATE(9999, 12, 31)
      ELSE "t2"."end_date"
    END AS "_end",
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t2"."start_date" >= MAKE_DATE(2020, 1, 1)
          THEN ['dagpenge']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t2"."benefit"
      ),
      FALSE
    ) AS "_acc"
  FROM "benefit_periods" AS "t2"
  WHERE
    "t2"."start_date" <= CAST($as_of AS DATE)
), "t14" AS (
  SELECT
    "t12"."person_id",
    COUNT(*) AS "_rows"
  FROM "t11" AS "t12"
  GROUP BY
    1
), "t28" AS (
  SELECT
    *
  FROM (
    SELECT
      "t26"."person_id",
      "t26"."benefit",
      "t26"."start_date",
      "t26"."target_group",
      "t26"."early_followup_request_date",
      "t26"."education_order",
      "t26"."_rid",
      "t26"."_end",
      "t26"."_acc",
      "t26"."_new",
      "t26"."_spell_start"
    FROM (
      SELECT
        "t25"."person_id",
        "t25"."benefit",
        "t25"."start_date",
        "t25"."target_group",
        "t25"."early_followup_request_date",
        "t25"."education_order",
        "t25"."_rid",
        "t25"."_end",
        "t25"."_acc",
        "t25"."_switch",
        "t25"."_run",
        "t25"."_new",
        MAX(CASE WHEN "t25"."_new" = 1 THEN "t25"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
          PARTITION BY "t25"."person_id"
          ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_spell_start"
      FROM (
        SELECT
          "t24"."person_id",
          "t24"."benefit",
          "t24"."start_date",
          "t24"."target_group",
          "t24"."early_followup_request_date",
          "t24"."education_order",
          "t24"."_rid",
          "t24"."_end",
          "t24"."_acc",
          "t24"."_switch",
          "t24"."_run",
          CASE
            WHEN (
              "t24"."_switch" = 1
            )
            OR (
              (
                MAX("t24"."_end") OVER (
                  PARTITION BY "t24"."person_id", "t24"."_run"
                  ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NOT NULL
              )
              AND (
                MAX("t24"."_end") OVER (
                  PARTITION BY "t24"."person_id", "t24"."_run"
                  ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) < MAKE_DATE(9999, 12, 31)
              )
              AND (
                "t24"."start_date" > CAST(CAST(MAX("t24"."_end") OVER (
                  PARTITION BY "t24"."person_id", "t24"."_run"
                  ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
              )
              AND (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t24"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN ['sygedagpenge']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t24"."benefit"
                  ),
                  FALSE
                )
                OR (
                  (
                    CASE
                      WHEN "t24"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  )
                  AND (
                    "t24"."start_date" >= CAST(CAST(CASE
                      WHEN EXTRACT(day FROM CAST(CAST(MAX("t24"."_end") OVER (
                        PARTITION BY "t24"."person_id", "t24"."_run"
                        ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                      THEN CAST(CAST(MAX("t24"."_end") OVER (
                        PARTITION BY "t24"."person_id", "t24"."_run"
                        ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ELSE CAST(CAST(DATE_TRUNC(
                        'MONTH',
                        CAST(CAST(MAX("t24"."_end") OVER (
                          PARTITION BY "t24"."person_id", "t24"."_run"
                          ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                    END + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t24"."start_date" >= MAKE_DATE(2020, 1, 1)
                          THEN 1
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                  )
                )
              )
            )
            OR COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t24"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                  ELSE CAST(NULL AS TEXT[])
                END,
                LAG("t24"."target_group") OVER (
                  PARTITION BY "t24"."person_id", "t24"."_run"
                  ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) || CASE
                  WHEN "t24"."target_group" IS NULL
                  THEN NULL
                  ELSE CONCAT('>', "t24"."target_group")
                END
              ),
              FALSE
            )
            THEN 1
            ELSE 0
          END AS "_new"
        FROM (
          SELECT
            "t23"."person_id",
            "t23"."benefit",
            "t23"."start_date",
            "t23"."target_group",
            "t23"."early_followup_request_date",
            "t23"."education_order",
            "t23"."_rid",
            "t23"."_end",
            "t23"."_acc",
            "t23"."_switch",
            SUM("t23"."_switch") OVER (
              PARTITION BY "t23"."person_id"
              ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) AS "_run"
          FROM (
            SELECT
              "t21"."person_id",
              "t21"."benefit",
              "t21"."start_date",
              "t21"."target_group",
              "t21"."early_followup_request_date",
              "t21"."education_order",
              "t21"."_rid",
              "t21"."_end",
              "t21"."_acc",
              CASE
                WHEN LAG("t21"."benefit") OVER (
                  PARTITION BY "t21"."person_id"
                  ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) IS NULL
                THEN 1
                WHEN LAG("t21"."benefit") OVER (
                  PARTITION BY "t21"."person_id"
                  ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) <> "t21"."benefit"
                THEN 1
                ELSE 0
              END AS "_switch"
            FROM (
              SELECT
                "t13"."person_id",
                "t13"."benefit",
                "t13"."start_date",
                "t13"."target_group",
                "t13"."early_followup_request_date",
                "t13"."education_order",
                "t13"."_rid",
                "t13"."_end",
                "t13"."_acc"
              FROM "t11" AS "t13"
              SEMI JOIN (
                SELECT
                  *
                FROM "t14" AS "t15"
                WHERE
                  "t15"."_rows" > 1
              ) AS "t19"
                ON "t13"."person_id" = "t19"."person_id"
            ) AS "t21"
          ) AS "t23"
        ) AS "t24"
      ) AS "t25"
    ) AS "t26"
  ) AS "t27"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t20"."person_id",
      "t20"."benefit",
      "t20"."start_date",
      "t20"."target_group",
      "t20"."early_followup_request_date",
      "t20"."education_order",
      "t20"."_rid",
      "t20"."_end",
      "t20"."_acc",
      1 AS "_new",
      "t20"."start_date" AS "_spell_start"
    FROM (
      SELECT
        "t13"."person_id",
        "t13"."benefit",
        "t13"."start_date",
        "t13"."target_group",
        "t13"."early_followup_request_date",
        "t13"."education_order",
        "t13"."_rid",
        "t13"."_end",
        "t13"."_acc"
      FROM "t11" AS "t13"
      SEMI JOIN (
        SELECT
          *
        FROM "t14" AS "t15"
        WHERE
          "t15"."_rows" = 1
      ) AS "t18"
        ON "t13"."person_id" = "t18"."person_id"
    ) AS "t20"
  ) AS "t22"
), "t30" AS (
  SELECT
    *
  FROM "t28" AS "t29"
  WHERE
    "t29"."_acc"
), "t34" AS (
  SELECT
    "t32"."person_id",
    "t32"."benefit",
    MIN("t32"."start_date") AS "c1"
  FROM "t30" AS "t32"
  GROUP BY
    1,
    2
), "t43" AS (
  SELECT
    "t42"."person_id",
    "t42"."benefit",
    "t42"."c1",
    "t42"."c2"
  FROM (
    SELECT
      "t36"."person_id",
      "t36"."benefit",
      "t36"."c1",
      "t41"."person_id" AS "person_id_right",
      "t41"."benefit" AS "benefit_right",
      "t41"."c2"
    FROM "t34" AS "t36"
    LEFT OUTER JOIN (
      SELECT
        "t39"."person_id",
        "t39"."benefit",
        MIN("t39"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t33"."person_id",
            "t33"."benefit",
            "t33"."start_date",
            "t33"."target_group",
            "t33"."early_followup_request_date",
            "t33"."education_order",
            "t33"."_rid",
            "t33"."_end",
            "t33"."_acc",
            "t33"."_new",
            "t33"."_spell_start",
            "t37"."c1"
          FROM "t30" AS "t33"
          INNER JOIN "t34" AS "t37"
            ON "t33"."person_id" = "t37"."person_id" AND "t33"."benefit" = "t37"."benefit"
        ) AS "t38"
        WHERE
          "t38"."start_date" >= CAST(CAST("t38"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t38"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t39"
      GROUP BY
        1,
        2
    ) AS "t41"
      ON "t36"."person_id" = "t41"."person_id" AND "t36"."benefit" = "t41"."benefit"
  ) AS "t42"
), "t52" AS (
  SELECT
    "t51"."person_id",
    "t51"."benefit",
    "t51"."c1",
    "t51"."c2",
    "t51"."c3"
  FROM (
    SELECT
      "t45"."person_id",
      "t45"."benefit",
      "t45"."c1",
      "t45"."c2",
      "t50"."person_id" AS "person_id_right",
      "t50"."benefit" AS "benefit_right",
      "t50"."c3"
    FROM "t43" AS "t45"
    LEFT OUTER JOIN (
      SELECT
        "t48"."person_id",
        "t48"."benefit",
        MIN("t48"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t33"."person_id",
            "t33"."benefit",
            "t33"."start_date",
            "t33"."target_group",
            "t33"."early_followup_request_date",
            "t33"."education_order",
            "t33"."_rid",
            "t33"."_end",
            "t33"."_acc",
            "t33"."_new",
            "t33"."_spell_start",
            "t46"."c1",
            "t46"."c2"
          FROM "t30" AS "t33"
          INNER JOIN "t43" AS "t46"
            ON "t33"."person_id" = "t46"."person_id" AND "t33"."benefit" = "t46"."benefit"
        ) AS "t47"
        WHERE
          "t47"."start_date" >= CAST(CAST("t47"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t47"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t48"
      GROUP BY
        1,
        2
    ) AS "t50"
      ON "t45"."person_id" = "t50"."person_id" AND "t45"."benefit" = "t50"."benefit"
  ) AS "t51"
), "t75" AS (
  SELECT
    *
  FROM (
    SELECT
      "t29"."person_id",
      "t29"."benefit",
      "t29"."start_date",
      "t29"."_end",
      "t29"."_spell_start" AS "_key",
      "t29"."_acc",
      "t29"."_rid",
      "t29"."early_followup_request_date",
      "t29"."education_order"
    FROM "t28" AS "t29"
    WHERE
      NOT (
        "t29"."_acc"
      )
  ) AS "t31"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t73"."person_id",
      "t73"."benefit",
      "t73"."start_date",
      "t73"."_end",
      "t73"."_key",
      "t73"."_acc",
      "t73"."_rid",
      "t73"."early_followup_request_date",
      "t73"."education_order"
    FROM (
      SELECT
        "t72".*
        EXCLUDE ("c1", "c2", "c3", "c4", "c5")
      FROM (
        SELECT
          "t71"."person_id",
          "t71"."benefit",
          "t71"."start_date",
          "t71"."target_group",
          "t71"."early_followup_request_date",
          "t71"."education_order",
          "t71"."_rid",
          "t71"."_end",
          "t71"."_acc",
          "t71"."_new",
          "t71"."_spell_start",
          "t71"."c1",
          "t71"."c2",
          "t71"."c3",
          "t71"."c4",
          "t71"."c5",
          GREATEST(
            CASE
              WHEN "t71"."c1" <= "t71"."start_date"
              THEN "t71"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t71"."c2" <= "t71"."start_date"
              THEN "t71"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t71"."c3" <= "t71"."start_date"
              THEN "t71"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t71"."c4" <= "t71"."start_date"
              THEN "t71"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t71"."c5" <= "t71"."start_date"
              THEN "t71"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key"
        FROM (
          SELECT
            "t33"."person_id",
            "t33"."benefit",
            "t33"."start_date",
            "t33"."target_group",
            "t33"."early_followup_request_date",
            "t33"."education_order",
            "t33"."_rid",
            "t33"."_end",
            "t33"."_acc",
            "t33"."_new",
            "t33"."_spell_start",
            "t70"."c1",
            "t70"."c2",
            "t70"."c3",
            "t70"."c4",
            "t70"."c5"
          FROM "t30" AS "t33"
          INNER JOIN (
            SELECT
              "t68".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t62"."person_id",
                "t62"."benefit",
                "t62"."c1",
                "t62"."c2",
                "t62"."c3",
                "t62"."c4",
                "t67"."person_id" AS "person_id_right",
                "t67"."benefit" AS "benefit_right",
                "t67"."c5"
              FROM (
                SELECT
                  "t60".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t54"."person_id",
                    "t54"."benefit",
                    "t54"."c1",
                    "t54"."c2",
                    "t54"."c3",
                    "t59"."person_id" AS "person_id_right",
                    "t59"."benefit" AS "benefit_right",
                    "t59"."c4"
                  FROM "t52" AS "t54"
                  LEFT OUTER JOIN (
                    SELECT
                      "t57"."person_id",
                      "t57"."benefit",
                      MIN("t57"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t33"."person_id",
                          "t33"."benefit",
                          "t33"."start_date",
                          "t33"."target_group",
                          "t33"."early_followup_request_date",
                          "t33"."education_order",
                          "t33"."_rid",
                          "t33"."_end",
                          "t33"."_acc",
                          "t33"."_new",
                          "t33"."_spell_start",
                          "t55"."c1",
                          "t55"."c2",
                          "t55"."c3"
                        FROM "t30" AS "t33"
                        INNER JOIN "t52" AS "t55"
                          ON "t33"."person_id" = "t55"."person_id" AND "t33"."benefit" = "t55"."benefit"
                      ) AS "t56"
                      WHERE
                        "t56"."start_date" >= CAST(CAST("t56"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t56"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t57"
                    GROUP BY
                      1,
                      2
                  ) AS "t59"
                    ON "t54"."person_id" = "t59"."person_id" AND "t54"."benefit" = "t59"."benefit"
                ) AS "t60"
              ) AS "t62"
              LEFT OUTER JOIN (
                SELECT
                  "t65"."person_id",
                  "t65"."benefit",
                  MIN("t65"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t33"."person_id",
                      "t33"."benefit",
                      "t33"."start_date",
                      "t33"."target_group",
                      "t33"."early_followup_request_date",
                      "t33"."education_order",
                      "t33"."_rid",
                      "t33"."_end",
                      "t33"."_acc",
                      "t33"."_new",
                      "t33"."_spell_start",
                      "t63"."c1",
                      "t63"."c2",
                      "t63"."c3",
                      "t63"."c4"
                    FROM "t30" AS "t33"
                    INNER JOIN (
                      SELECT
                        "t60".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t54"."person_id",
                          "t54"."benefit",
                          "t54"."c1",
                          "t54"."c2",
                          "t54"."c3",
                          "t59"."person_id" AS "person_id_right",
                          "t59"."benefit" AS "benefit_right",
                          "t59"."c4"
                        FROM "t52" AS "t54"
                        LEFT OUTER JOIN (
                          SELECT
                            "t57"."person_id",
                            "t57"."benefit",
                            MIN("t57"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t33"."person_id",
                                "t33"."benefit",
                                "t33"."start_date",
                                "t33"."target_group",
                                "t33"."early_followup_request_date",
                                "t33"."education_order",
                                "t33"."_rid",
                                "t33"."_end",
                                "t33"."_acc",
                                "t33"."_new",
                                "t33"."_spell_start",
                                "t55"."c1",
                                "t55"."c2",
                                "t55"."c3"
                              FROM "t30" AS "t33"
                              INNER JOIN "t52" AS "t55"
                                ON "t33"."person_id" = "t55"."person_id" AND "t33"."benefit" = "t55"."benefit"
                            ) AS "t56"
                            WHERE
                              "t56"."start_date" >= CAST(CAST("t56"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t56"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t57"
                          GROUP BY
                            1,
                            2
                        ) AS "t59"
                          ON "t54"."person_id" = "t59"."person_id" AND "t54"."benefit" = "t59"."benefit"
                      ) AS "t60"
                    ) AS "t63"
                      ON "t33"."person_id" = "t63"."person_id" AND "t33"."benefit" = "t63"."benefit"
                  ) AS "t64"
                  WHERE
                    "t64"."start_date" >= CAST(CAST("t64"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t64"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t65"
                GROUP BY
                  1,
                  2
              ) AS "t67"
                ON "t62"."person_id" = "t67"."person_id" AND "t62"."benefit" = "t67"."benefit"
            ) AS "t68"
          ) AS "t70"
            ON "t33"."person_id" = "t70"."person_id" AND "t33"."benefit" = "t70"."benefit"
        ) AS "t71"
      ) AS "t72"
    ) AS "t73"
  ) AS "t74"
)
SELECT
  "t125"."person_id",
  "t125"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_youth_interviews_6m' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t125"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t125"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 1, 3. pkt. (LBK nr. 280 af 1.3.2024; lov nr. 727 af 13.6.2023)'
    WHEN "t125"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022) – alle dagpengemodtagere i jobcentrets kontaktforløb'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t125"."window_start",
  CASE
    WHEN COALESCE("t125"."is_applicable", FALSE)
    THEN "t125"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t125"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t125"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t125"."fulfilled_date" <= "t125"."due_date"
    )
    THEN 'met'
    WHEN "t125"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t125"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t125"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t125"."is_applicable", FALSE)
    THEN "t125"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t125"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t125"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t125"."fulfilled_date" > "t125"."due_date"
    )
    THEN DATE_DIFF('DAY', "t125"."due_date", "t125"."fulfilled_date")
    WHEN NOT (
      "t125"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t125"."is_exempt", FALSE)
    )
    AND (
      "t125"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t125"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t125"."is_applicable", FALSE)
              THEN "t125"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t125"."window_start"
          ) >= MAKE_DATE(2027, 1, 1)
          THEN [
            'dagpenge_akasse_first_interview',
            'dagpenge_akasse_interviews_3m',
            'dagpenge_interviews_6m',
            'dagpenge_plan_at_first_akasse_interview',
            'first_interview',
            'interviews_6m',
            'offer_6m',
            'plan_before_offer',
            'sick_first_followup',
            'sick_followups',
            'sick_reassessment'
          ]
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t125"."is_applicable", FALSE)
              THEN "t125"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t125"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_youth_interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t125"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t124"."person_id",
    "t124"."benefit",
    "t124"."start_date",
    "t124"."end_date",
    "t124"."first_contact_date",
    "t124"."target_group",
    "t124"."first_absence_date",
    "t124"."sickness_category",
    "t124"."employed",
    "t124"."handover_date",
    "t124"."expected_absence_weeks",
    "t124"."work_obligation",
    "t124"."municipality",
    "t124"."early_followup_request_date",
    "t124"."education_order",
    "t124"."periods",
    "t124"."window_start",
    "t124"."required",
    "t124"."required_joint",
    "t124"."in_force",
    "t124"."_end_unconfirmed",
    "t124"."due0",
    "t124"."exempt_days",
    "t124"."exempt_now",
    "t124"."exemption_note",
    "t124"."due_date",
    "t124"."nth_date",
    "t124"."counted",
    "t124"."in_window",
    "t124"."listed",
    "t124"."nth_date" AS "fulfilled_date",
    "t124"."in_force"
    AND NOT (
      (
        "t124"."end_date" IS NOT NULL
      )
      AND (
        "t124"."end_date" < "t124"."due_date"
      )
      AND (
        "t124"."nth_date" IS NULL
      )
    ) AS "is_applicable",
    "t124"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t124"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t124"."end_date" IS NOT NULL
        )
        AND (
          "t124"."end_date" < "t124"."due_date"
        )
        AND (
          "t124"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t124"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t124"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t124"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t124"."listed" IS NOT NULL
          THEN CASE WHEN "t124"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t124"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t124"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t124"."end_date" AS TEXT))
        END
        WHEN "t124"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t124"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t124"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t124"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t124"."listed" IS NOT NULL
          THEN CASE WHEN "t124"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t124"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t124"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t124"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t124"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t124"."listed" IS NOT NULL
          THEN CASE WHEN "t124"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t124"."listed") END
          ELSE ''
        END
      END
      ELSE CASE
        WHEN (
          "t124"."end_date" IS NOT NULL
        )
        AND (
          "t124"."end_date" < "t124"."due_date"
        )
        AND (
          "t124"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t124"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t124"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t124"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t124"."listed" IS NOT NULL
          THEN CASE WHEN "t124"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t124"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t124"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t124"."end_date" AS TEXT))
        END
        WHEN "t124"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t124"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t124"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t124"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t124"."listed" IS NOT NULL
          THEN CASE WHEN "t124"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t124"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t124"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t124"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t124"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t124"."listed" IS NOT NULL
          THEN CASE WHEN "t124"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t124"."listed") END
          ELSE ''
        END
      END || CASE
        WHEN "t124"."exemption_note" IS NULL
        THEN NULL
        ELSE CONCAT('; ', "t124"."exemption_note")
      END
    END AS "evidence"
  FROM (
    SELECT
      "t123".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t114"."person_id",
        "t114"."benefit",
        "t114"."start_date",
        "t114"."end_date",
        "t114"."first_contact_date",
        "t114"."target_group",
        "t114"."first_absence_date",
        "t114"."sickness_category",
        "t114"."employed",
        "t114"."handover_date",
        "t114"."expected_absence_weeks",
        "t114"."work_obligation",
        "t114"."municipality",
        "t114"."early_followup_request_date",
        "t114"."education_order",
        "t114"."periods",
        "t114"."window_start",
        "t114"."required",
        "t114"."required_joint",
        "t114"."in_force",
        "t114"."_end_unconfirmed",
        "t114"."due0",
        "t114"."exempt_days",
        "t114"."exempt_now",
        "t114"."exemption_note",
        "t114"."due_date",
        "t122"."person_id" AS "person_id_right",
        "t122"."benefit" AS "benefit_right",
        "t122"."start_date" AS "start_date_right",
        "t122"."nth_date",
        "t122"."counted",
        "t122"."in_window",
        "t122"."listed"
      FROM (
        SELECT
          "t108"."person_id",
          "t108"."benefit",
          "t108"."start_date",
          "t108"."end_date",
          "t108"."first_contact_date",
          "t108"."target_group",
          "t108"."first_absence_date",
          "t108"."sickness_category",
          "t108"."employed",
          "t108"."handover_date",
          "t108"."expected_absence_weeks",
          "t108"."work_obligation",
          "t108"."municipality",
          "t108"."early_followup_request_date",
          "t108"."education_order",
          "t108"."periods",
          "t108"."window_start",
          "t108"."required",
          "t108"."required_joint",
          "t108"."in_force",
          "t108"."_end_unconfirmed",
          "t108"."due0",
          COALESCE("t108"."exempt_days", 0) AS "exempt_days",
          COALESCE("t108"."exempt_now", FALSE) AS "exempt_now",
          COALESCE("t108"."exemption_note", '') AS "exemption_note",
          CAST(CAST("t108"."due0" + TO_DAYS(
            CASE
              WHEN COALESCE(
                CASE
                  WHEN "t108"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN COALESCE("t108"."exempt_days", 0)
              ELSE 0
            END
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t107".*
            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
          FROM (
            SELECT
              "t101"."person_id",
              "t101"."benefit",
              "t101"."start_date",
              "t101"."end_date",
              "t101"."first_contact_date",
              "t101"."target_group",
              "t101"."first_absence_date",
              "t101"."sickness_category",
              "t101"."employed",
              "t101"."handover_date",
              "t101"."expected_absence_weeks",
              "t101"."work_obligation",
              "t101"."municipality",
              "t101"."early_followup_request_date",
              "t101"."education_order",
              "t101"."periods",
              "t101"."window_start",
              "t101"."required",
              "t101"."required_joint",
              "t101"."in_force",
              "t101"."_end_unconfirmed",
              "t101"."due0",
              "t106"."person_id" AS "person_id_right",
              "t106"."benefit" AS "benefit_right",
              "t106"."start_date" AS "start_date_right",
              "t106"."exempt_days",
              "t106"."exempt_now",
              "t106"."exemption_note"
            FROM (
              SELECT
                "t99".*
                EXCLUDE ("_point")
              FROM (
                SELECT
                  "t98"."person_id",
                  "t98"."benefit",
                  "t98"."start_date",
                  "t98"."end_date",
                  "t98"."first_contact_date",
                  "t98"."target_group",
                  "t98"."first_absence_date",
                  "t98"."sickness_category",
                  "t98"."employed",
                  "t98"."handover_date",
                  "t98"."expected_absence_weeks",
                  "t98"."work_obligation",
                  "t98"."municipality",
                  "t98"."early_followup_request_date",
                  "t98"."education_order",
                  "t98"."periods",
                  "t98"."window_start",
                  "t98"."required",
                  "t98"."required_joint",
                  "t98"."in_force",
                  "t98"."_end_unconfirmed",
                  "t98"."_point",
                  CAST(CAST("t98"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t97".*
                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                  FROM (
                    SELECT
                      "t96"."person_id",
                      "t96"."benefit",
                      "t96"."start_date",
                      "t96"."end_date",
                      "t96"."first_contact_date",
                      "t96"."target_group",
                      "t96"."first_absence_date",
                      "t96"."sickness_category",
                      "t96"."employed",
                      "t96"."handover_date",
                      "t96"."expected_absence_weeks",
                      "t96"."work_obligation",
                      "t96"."municipality",
                      "t96"."early_followup_request_date",
                      "t96"."education_order",
                      "t96"."periods",
                      "t96"."window_start",
                      "t96"."required",
                      "t96"."required_joint",
                      "t96"."in_force",
                      "t96"."_end_unconfirmed",
                      "t96"."_plain",
                      "t96"."_needed",
                      "t96"."_ipid",
                      "t96"."_ibenefit",
                      "t96"."_istart",
                      "t96"."_i_start",
                      "t96"."_i_end",
                      "t96"."_cum",
                      CASE
                        WHEN "t96"."_i_start" IS NOT NULL
                        THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                        ELSE "t96"."_plain"
                      END AS "_point"
                    FROM (
                      SELECT
                        "t95"."person_id",
                        "t95"."benefit",
                        "t95"."start_date",
                        "t95"."end_date",
                        "t95"."first_contact_date",
                        "t95"."target_group",
                        "t95"."first_absence_date",
                        "t95"."sickness_category",
                        "t95"."employed",
                        "t95"."handover_date",
                        "t95"."expected_absence_weeks",
                        "t95"."work_obligation",
                        "t95"."municipality",
                        "t95"."early_followup_request_date",
                        "t95"."education_order",
                        "t95"."periods",
                        "t95"."window_start",
                        "t95"."required",
                        "t95"."required_joint",
                        "t95"."in_force",
                        "t95"."_end_unconfirmed",
                        "t95"."_plain",
                        "t95"."_needed",
                        "t93"."_ipid",
                        "t93"."_ibenefit",
                        "t93"."_istart",
                        "t93"."_i_start",
                        "t93"."_i_end",
                        "t93"."_cum"
                      FROM (
                        SELECT
                          "t90"."person_id",
                          "t90"."benefit",
                          "t90"."start_date",
                          "t90"."end_date",
                          "t90"."first_contact_date",
                          "t90"."target_group",
                          "t90"."first_absence_date",
                          "t90"."sickness_category",
                          "t90"."employed",
                          "t90"."handover_date",
                          "t90"."expected_absence_weeks",
                          "t90"."work_obligation",
                          "t90"."municipality",
                          "t90"."early_followup_request_date",
                          "t90"."education_order",
                          "t90"."periods",
                          "t90"."start_date" AS "window_start",
                          COALESCE(
                            CASE
                              WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 6
                              WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) + COALESCE(0, 0) AS "required",
                          CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                          (
                            CASE
                              WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 6
                              WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND (
                            CASE
                              WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          ) AS "in_force",
                          COALESCE(
                            (
                              CASE
                                WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 6
                                WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN CAST(NULL AS BIGINT)
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                  THEN [
                                    'kontanthjaelp:aktivitetsparat',
                                    'kontanthjaelp:uddannelsesparat',
                                    'uddannelseshjaelp:aktivitetsparat',
                                    'uddannelseshjaelp:uddannelsesparat',
                                    'jobafklaring',
                                    'ressourceforloeb',
                                    'revalidering'
                                  ]
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t90"."benefit"
                              )
                              OR ARRAY_CONTAINS(
                                CASE
                                  WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                  THEN [
                                    'kontanthjaelp:aktivitetsparat',
                                    'kontanthjaelp:uddannelsesparat',
                                    'uddannelseshjaelp:aktivitetsparat',
                                    'uddannelseshjaelp:uddannelsesparat',
                                    'jobafklaring',
                                    'ressourceforloeb',
                                    'revalidering'
                                  ]
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                CASE WHEN "t90"."benefit" IS NULL THEN NULL ELSE CONCAT("t90"."benefit", ':') END || COALESCE("t90"."target_group", '')
                              ),
                              FALSE
                            ),
                            FALSE
                          ) AS "_end_unconfirmed",
                          CAST(CAST("t90"."start_date" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                          DATE_DIFF(
                            'DAY',
                            "t90"."start_date",
                            CAST(CAST("t90"."start_date" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                          ) AS "_needed"
                        FROM (
                          SELECT
                            "t83"."person_id",
                            "t83"."benefit",
                            "t83"."start_date",
                            "t83"."end_date",
                            "t83"."first_contact_date",
                            "t83"."target_group",
                            "t83"."first_absence_date",
                            "t83"."sickness_category",
                            "t83"."employed",
                            "t83"."handover_date",
                            "t83"."expected_absence_weeks",
                            "t83"."work_obligation",
                            "t83"."municipality",
                            "t83"."early_followup_request_date",
                            "t83"."education_order",
                            "t83"."periods"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t79"."person_id",
                                "t79"."benefit",
                                "t79"."_key" AS "start_date",
                                CASE
                                  WHEN "t79"."_end" = MAKE_DATE(9999, 12, 31)
                                  THEN CAST(NULL AS DATE)
                                  ELSE "t79"."_end"
                                END AS "end_date",
                                "t6"."first_contact_date",
                                "t6"."target_group",
                                "t6"."first_absence_date",
                                "t6"."sickness_category",
                                "t6"."employed",
                                "t6"."handover_date",
                                "t6"."expected_absence_weeks",
                                "t6"."work_obligation",
                                "t6"."municipality",
                                "t79"."early_followup_request_date",
                                "t79"."education_order",
                                "t79"."periods"
                              FROM (
                                SELECT
                                  "t76"."person_id",
                                  "t76"."benefit",
                                  "t76"."_key",
                                  MAX("t76"."_end") AS "_end",
                                  COUNT(*) AS "periods",
                                  FIRST("t76"."_rid" ORDER BY "t76"."start_date") AS "_first",
                                  MIN("t76"."early_followup_request_date") AS "early_followup_request_date",
                                  BOOL_OR(CAST(COALESCE("t76"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                FROM "t75" AS "t76"
                                GROUP BY
                                  1,
                                  2,
                                  3
                              ) AS "t79"
                              INNER JOIN (
                                SELECT
                                  "t2"."rowid" AS "_frid",
                                  "t2"."first_contact_date",
                                  "t2"."target_group",
                                  "t2"."first_absence_date",
                                  "t2"."sickness_category",
                                  "t2"."employed",
                                  "t2"."handover_date",
                                  "t2"."expected_absence_weeks",
                                  "t2"."work_obligation",
                                  "t2"."municipality"
                                FROM "benefit_periods" AS "t2"
                              ) AS "t6"
                                ON "t79"."_first" = "t6"."_frid"
                            ) AS "t80"
                            WHERE
                              "t80"."benefit" IN ('dagpenge')
                          ) AS "t83"
                          SEMI JOIN (
                            SELECT
                              "t86"."person_id" AS "_k_person_id",
                              "t86"."benefit" AS "_k_benefit",
                              "t86"."start_date" AS "_k_start_date"
                            FROM (
                              SELECT
                                "t83"."person_id",
                                "t83"."benefit",
                                "t83"."start_date",
                                "t83"."end_date",
                                "t83"."first_contact_date",
                                "t83"."target_group",
                                "t83"."first_absence_date",
                                "t83"."sickness_category",
                                "t83"."employed",
                                "t83"."handover_date",
                                "t83"."expected_absence_weeks",
                                "t83"."work_obligation",
                                "t83"."municipality",
                                "t83"."early_followup_request_date",
                                "t83"."education_order",
                                "t83"."periods"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t79"."person_id",
                                    "t79"."benefit",
                                    "t79"."_key" AS "start_date",
                                    CASE
                                      WHEN "t79"."_end" = MAKE_DATE(9999, 12, 31)
                                      THEN CAST(NULL AS DATE)
                                      ELSE "t79"."_end"
                                    END AS "end_date",
                                    "t6"."first_contact_date",
                                    "t6"."target_group",
                                    "t6"."first_absence_date",
                                    "t6"."sickness_category",
                                    "t6"."employed",
                                    "t6"."handover_date",
                                    "t6"."expected_absence_weeks",
                                    "t6"."work_obligation",
                                    "t6"."municipality",
                                    "t79"."early_followup_request_date",
                                    "t79"."education_order",
                                    "t79"."periods"
                                  FROM (
                                    SELECT
                                      "t76"."person_id",
                                      "t76"."benefit",
                                      "t76"."_key",
                                      MAX("t76"."_end") AS "_end",
                                      COUNT(*) AS "periods",
                                      FIRST("t76"."_rid" ORDER BY "t76"."start_date") AS "_first",
                                      MIN("t76"."early_followup_request_date") AS "early_followup_request_date",
                                      BOOL_OR(CAST(COALESCE("t76"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                    FROM "t75" AS "t76"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t79"
                                  INNER JOIN (
                                    SELECT
                                      "t2"."rowid" AS "_frid",
                                      "t2"."first_contact_date",
                                      "t2"."target_group",
                                      "t2"."first_absence_date",
                                      "t2"."sickness_category",
                                      "t2"."employed",
                                      "t2"."handover_date",
                                      "t2"."expected_absence_weeks",
                                      "t2"."work_obligation",
                                      "t2"."municipality"
                                    FROM "benefit_periods" AS "t2"
                                  ) AS "t6"
                                    ON "t79"."_first" = "t6"."_frid"
                                ) AS "t80"
                                WHERE
                                  "t80"."benefit" IN ('dagpenge')
                              ) AS "t83"
                              SEMI JOIN (
                                SELECT
                                  "t2"."person_id" AS "_mpid",
                                  "t2"."start_date" AS "_mstart"
                                FROM "benefit_periods" AS "t2"
                                WHERE
                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                              ) AS "t10"
                                ON "t83"."person_id" = "t10"."_mpid"
                                AND "t10"."_mstart" >= "t83"."start_date"
                                AND (
                                  (
                                    "t83"."end_date" IS NULL
                                  ) OR (
                                    "t10"."_mstart" <= "t83"."end_date"
                                  )
                                )
                            ) AS "t86"
                            WHERE
                              CASE
                                WHEN "t86"."start_date" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t86"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 6
                                WHEN "t86"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN CAST(NULL AS BIGINT)
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                          ) AS "t89"
                            ON "t83"."person_id" = "t89"."_k_person_id"
                            AND "t83"."benefit" = "t89"."_k_benefit"
                            AND "t83"."start_date" = "t89"."_k_start_date"
                        ) AS "t90"
                      ) AS "t95"
                      LEFT OUTER JOIN (
                        SELECT
                          "t91"."person_id" AS "_ipid",
                          "t91"."benefit" AS "_ibenefit",
                          "t91"."start_date" AS "_istart",
                          "t91"."i_start" AS "_i_start",
                          "t91"."i_end" AS "_i_end",
                          "t91"."cum_before" AS "_cum"
                        FROM (
                          SELECT
                            "t87"."person_id",
                            "t87"."benefit",
                            "t87"."_key" AS "start_date",
                            "t87"."i_start",
                            "t87"."i_end",
                            CAST(COALESCE(
                              SUM("t87"."_len") OVER (
                                PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                ORDER BY "t87"."i_start" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                              ),
                              0
                            ) AS INT) AS "cum_before"
                          FROM (
                            SELECT
                              "t85"."person_id",
                              "t85"."benefit",
                              "t85"."_key",
                              "t85"."_island",
                              "t85"."i_start",
                              "t85"."i_end",
                              CASE
                                WHEN "t85"."i_end" = MAKE_DATE(9999, 12, 31)
                                THEN 0
                                ELSE DATE_DIFF('DAY', "t85"."i_start", "t85"."i_end") + 1
                              END AS "_len"
                            FROM (
                              SELECT
                                "t84"."person_id",
                                "t84"."benefit",
                                "t84"."_key",
                                "t84"."_island",
                                MIN("t84"."start_date") AS "i_start",
                                MAX("t84"."_end") AS "i_end"
                              FROM (
                                SELECT
                                  "t81"."person_id",
                                  "t81"."benefit",
                                  "t81"."start_date",
                                  "t81"."_end",
                                  "t81"."_key",
                                  "t81"."_acc",
                                  "t81"."_rid",
                                  "t81"."early_followup_request_date",
                                  "t81"."education_order",
                                  "t81"."_new",
                                  SUM("t81"."_new") OVER (
                                    PARTITION BY "t81"."person_id", "t81"."benefit", "t81"."_key"
                                    ORDER BY "t81"."start_date" ASC, "t81"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS "_island"
                                FROM (
                                  SELECT
                                    "t77"."person_id",
                                    "t77"."benefit",
                                    "t77"."start_date",
                                    "t77"."_end",
                                    "t77"."_key",
                                    "t77"."_acc",
                                    "t77"."_rid",
                                    "t77"."early_followup_request_date",
                                    "t77"."education_order",
                                    CASE
                                      WHEN MAX("t77"."_end") OVER (
                                        PARTITION BY "t77"."person_id", "t77"."benefit", "t77"."_key"
                                        ORDER BY "t77"."start_date" ASC, "t77"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) IS NULL
                                      THEN 1
                                      WHEN "t77"."start_date" > CAST(CAST(MAX("t77"."_end") OVER (
                                        PARTITION BY "t77"."person_id", "t77"."benefit", "t77"."_key"
                                        ORDER BY "t77"."start_date" ASC, "t77"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                      THEN 1
                                      ELSE 0
                                    END AS "_new"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "t75" AS "t76"
                                    WHERE
                                      "t76"."_acc"
                                  ) AS "t77"
                                ) AS "t81"
                              ) AS "t84"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t85"
                          ) AS "t87"
                        ) AS "t91"
                      ) AS "t93"
                        ON "t95"."person_id" = "t93"."_ipid"
                        AND "t95"."benefit" = "t93"."_ibenefit"
                        AND "t95"."start_date" = "t93"."_istart"
                        AND "t93"."_cum" < "t95"."_needed"
                        AND (
                          (
                            "t93"."_i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t93"."_cum" + DATE_DIFF('DAY', "t93"."_i_start", "t93"."_i_end") + 1
                            ) >= "t95"."_needed"
                          )
                        )
                    ) AS "t96"
                  ) AS "t97"
                ) AS "t98"
              ) AS "t99"
            ) AS "t101"
            LEFT OUTER JOIN (
              SELECT
                "t104"."person_id",
                "t104"."benefit",
                "t104"."start_date",
                CAST(SUM(
                  DATE_DIFF(
                    'DAY',
                    GREATEST("t104"."_ex_start", "t104"."_from"),
                    LEAST("t104"."_ex_end", "t104"."_to")
                  ) + 1
                ) AS INT) AS "exempt_days",
                BOOL_OR(
                  CAST((
                    "t104"."_ex_start" <= CAST($as_of AS DATE)
                  )
                  AND (
                    "t104"."_ex_end" >= CAST($as_of AS DATE)
                  ) AS BOOLEAN)
                ) AS "exempt_now",
                ARRAY_TO_STRING(
                  LIST_SORT(
                    ARRAY_AGG(
                      CASE
                        WHEN CAST("t104"."_ex_start" AS TEXT) IS NULL
                        OR CAST("t104"."_ex_end" AS TEXT) IS NULL
                        OR "t104"."_ex_reason" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          'fritaget ',
                          CAST("t104"."_ex_start" AS TEXT),
                          '–',
                          CAST("t104"."_ex_end" AS TEXT),
                          ' (',
                          "t104"."_ex_reason",
                          ')'
                        )
                      END
                    ) FILTER(WHERE
                      CASE
                        WHEN CAST("t104"."_ex_start" AS TEXT) IS NULL
                        OR CAST("t104"."_ex_end" AS TEXT) IS NULL
                        OR "t104"."_ex_reason" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          'fritaget ',
                          CAST("t104"."_ex_start" AS TEXT),
                          '–',
                          CAST("t104"."_ex_end" AS TEXT),
                          ' (',
                          "t104"."_ex_reason",
                          ')'
                        )
                      END IS NOT NULL)
                  ),
                  ', '
                ) AS "exemption_note"
              FROM (
                SELECT
                  "t103"."person_id",
                  "t103"."benefit",
                  "t103"."start_date",
                  "t103"."_from",
                  "t103"."_to",
                  "t8"."_pid",
                  "t8"."_ex_start",
                  "t8"."_ex_end",
                  "t8"."_ex_reason"
                FROM (
                  SELECT
                    "t100"."person_id",
                    "t100"."benefit",
                    "t100"."start_date",
                    "t100"."window_start" AS "_from",
                    "t100"."due0" AS "_to"
                  FROM (
                    SELECT
                      "t99".*
                      EXCLUDE ("_point")
                    FROM (
                      SELECT
                        "t98"."person_id",
                        "t98"."benefit",
                        "t98"."start_date",
                        "t98"."end_date",
                        "t98"."first_contact_date",
                        "t98"."target_group",
                        "t98"."first_absence_date",
                        "t98"."sickness_category",
                        "t98"."employed",
                        "t98"."handover_date",
                        "t98"."expected_absence_weeks",
                        "t98"."work_obligation",
                        "t98"."municipality",
                        "t98"."early_followup_request_date",
                        "t98"."education_order",
                        "t98"."periods",
                        "t98"."window_start",
                        "t98"."required",
                        "t98"."required_joint",
                        "t98"."in_force",
                        "t98"."_end_unconfirmed",
                        "t98"."_point",
                        CAST(CAST("t98"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t97".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                        FROM (
                          SELECT
                            "t96"."person_id",
                            "t96"."benefit",
                            "t96"."start_date",
                            "t96"."end_date",
                            "t96"."first_contact_date",
                            "t96"."target_group",
                            "t96"."first_absence_date",
                            "t96"."sickness_category",
                            "t96"."employed",
                            "t96"."handover_date",
                            "t96"."expected_absence_weeks",
                            "t96"."work_obligation",
                            "t96"."municipality",
                            "t96"."early_followup_request_date",
                            "t96"."education_order",
                            "t96"."periods",
                            "t96"."window_start",
                            "t96"."required",
                            "t96"."required_joint",
                            "t96"."in_force",
                            "t96"."_end_unconfirmed",
                            "t96"."_plain",
                            "t96"."_needed",
                            "t96"."_ipid",
                            "t96"."_ibenefit",
                            "t96"."_istart",
                            "t96"."_i_start",
                            "t96"."_i_end",
                            "t96"."_cum",
                            CASE
                              WHEN "t96"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t96"."_plain"
                            END AS "_point"
                          FROM (
                            SELECT
                              "t95"."person_id",
                              "t95"."benefit",
                              "t95"."start_date",
                              "t95"."end_date",
                              "t95"."first_contact_date",
                              "t95"."target_group",
                              "t95"."first_absence_date",
                              "t95"."sickness_category",
                              "t95"."employed",
                              "t95"."handover_date",
                              "t95"."expected_absence_weeks",
                              "t95"."work_obligation",
                              "t95"."municipality",
                              "t95"."early_followup_request_date",
                              "t95"."education_order",
                              "t95"."periods",
                              "t95"."window_start",
                              "t95"."required",
                              "t95"."required_joint",
                              "t95"."in_force",
                              "t95"."_end_unconfirmed",
                              "t95"."_plain",
                              "t95"."_needed",
                              "t93"."_ipid",
                              "t93"."_ibenefit",
                              "t93"."_istart",
                              "t93"."_i_start",
                              "t93"."_i_end",
                              "t93"."_cum"
                            FROM (
                              SELECT
                                "t90"."person_id",
                                "t90"."benefit",
                                "t90"."start_date",
                                "t90"."end_date",
                                "t90"."first_contact_date",
                                "t90"."target_group",
                                "t90"."first_absence_date",
                                "t90"."sickness_category",
                                "t90"."employed",
                                "t90"."handover_date",
                                "t90"."expected_absence_weeks",
                                "t90"."work_obligation",
                                "t90"."municipality",
                                "t90"."early_followup_request_date",
                                "t90"."education_order",
                                "t90"."periods",
                                "t90"."start_date" AS "window_start",
                                COALESCE(
                                  CASE
                                    WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 6
                                    WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) + COALESCE(0, 0) AS "required",
                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                (
                                  CASE
                                    WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 6
                                    WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND (
                                  CASE
                                    WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                ) AS "in_force",
                                COALESCE(
                                  (
                                    CASE
                                      WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 6
                                      WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN [
                                          'kontanthjaelp:aktivitetsparat',
                                          'kontanthjaelp:uddannelsesparat',
                                          'uddannelseshjaelp:aktivitetsparat',
                                          'uddannelseshjaelp:uddannelsesparat',
                                          'jobafklaring',
                                          'ressourceforloeb',
                                          'revalidering'
                                        ]
                                        ELSE CAST(NULL AS TEXT[])
                                      END,
                                      "t90"."benefit"
                                    )
                                    OR ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN [
                                          'kontanthjaelp:aktivitetsparat',
                                          'kontanthjaelp:uddannelsesparat',
                                          'uddannelseshjaelp:aktivitetsparat',
                                          'uddannelseshjaelp:uddannelsesparat',
                                          'jobafklaring',
                                          'ressourceforloeb',
                                          'revalidering'
                                        ]
                                        ELSE CAST(NULL AS TEXT[])
                                      END,
                                      CASE WHEN "t90"."benefit" IS NULL THEN NULL ELSE CONCAT("t90"."benefit", ':') END || COALESCE("t90"."target_group", '')
                                    ),
                                    FALSE
                                  ),
                                  FALSE
                                ) AS "_end_unconfirmed",
                                CAST(CAST("t90"."start_date" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t90"."start_date",
                                  CAST(CAST("t90"."start_date" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
                              FROM (
                                SELECT
                                  "t83"."person_id",
                                  "t83"."benefit",
                                  "t83"."start_date",
                                  "t83"."end_date",
                                  "t83"."first_contact_date",
                                  "t83"."target_group",
                                  "t83"."first_absence_date",
                                  "t83"."sickness_category",
                                  "t83"."employed",
                                  "t83"."handover_date",
                                  "t83"."expected_absence_weeks",
                                  "t83"."work_obligation",
                                  "t83"."municipality",
                                  "t83"."early_followup_request_date",
                                  "t83"."education_order",
                                  "t83"."periods"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t79"."person_id",
                                      "t79"."benefit",
                                      "t79"."_key" AS "start_date",
                                      CASE
                                        WHEN "t79"."_end" = MAKE_DATE(9999, 12, 31)
                                        THEN CAST(NULL AS DATE)
                                        ELSE "t79"."_end"
                                      END AS "end_date",
                                      "t6"."first_contact_date",
                                      "t6"."target_group",
                                      "t6"."first_absence_date",
                                      "t6"."sickness_category",
                                      "t6"."employed",
                                      "t6"."handover_date",
                                      "t6"."expected_absence_weeks",
                                      "t6"."work_obligation",
                                      "t6"."municipality",
                                      "t79"."early_followup_request_date",
                                      "t79"."education_order",
                                      "t79"."periods"
                                    FROM (
                                      SELECT
                                        "t76"."person_id",
                                        "t76"."benefit",
                                        "t76"."_key",
                                        MAX("t76"."_end") AS "_end",
                                        COUNT(*) AS "periods",
                                        FIRST("t76"."_rid" ORDER BY "t76"."start_date") AS "_first",
                                        MIN("t76"."early_followup_request_date") AS "early_followup_request_date",
                                        BOOL_OR(CAST(COALESCE("t76"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                      FROM "t75" AS "t76"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t79"
                                    INNER JOIN (
                                      SELECT
                                        "t2"."rowid" AS "_frid",
                                        "t2"."first_contact_date",
                                        "t2"."target_group",
                                        "t2"."first_absence_date",
                                        "t2"."sickness_category",
                                        "t2"."employed",
                                        "t2"."handover_date",
                                        "t2"."expected_absence_weeks",
                                        "t2"."work_obligation",
                                        "t2"."municipality"
                                      FROM "benefit_periods" AS "t2"
                                    ) AS "t6"
                                      ON "t79"."_first" = "t6"."_frid"
                                  ) AS "t80"
                                  WHERE
                                    "t80"."benefit" IN ('dagpenge')
                                ) AS "t83"
                                SEMI JOIN (
                                  SELECT
                                    "t86"."person_id" AS "_k_person_id",
                                    "t86"."benefit" AS "_k_benefit",
                                    "t86"."start_date" AS "_k_start_date"
                                  FROM (
                                    SELECT
                                      "t83"."person_id",
                                      "t83"."benefit",
                                      "t83"."start_date",
                                      "t83"."end_date",
                                      "t83"."first_contact_date",
                                      "t83"."target_group",
                                      "t83"."first_absence_date",
                                      "t83"."sickness_category",
                                      "t83"."employed",
                                      "t83"."handover_date",
                                      "t83"."expected_absence_weeks",
                                      "t83"."work_obligation",
                                      "t83"."municipality",
                                      "t83"."early_followup_request_date",
                                      "t83"."education_order",
                                      "t83"."periods"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t79"."person_id",
                                          "t79"."benefit",
                                          "t79"."_key" AS "start_date",
                                          CASE
                                            WHEN "t79"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t79"."_end"
                                          END AS "end_date",
                                          "t6"."first_contact_date",
                                          "t6"."target_group",
                                          "t6"."first_absence_date",
                                          "t6"."sickness_category",
                                          "t6"."employed",
                                          "t6"."handover_date",
                                          "t6"."expected_absence_weeks",
                                          "t6"."work_obligation",
                                          "t6"."municipality",
                                          "t79"."early_followup_request_date",
                                          "t79"."education_order",
                                          "t79"."periods"
                                        FROM (
                                          SELECT
                                            "t76"."person_id",
                                            "t76"."benefit",
                                            "t76"."_key",
                                            MAX("t76"."_end") AS "_end",
                                            COUNT(*) AS "periods",
                                            FIRST("t76"."_rid" ORDER BY "t76"."start_date") AS "_first",
                                            MIN("t76"."early_followup_request_date") AS "early_followup_request_date",
                                            BOOL_OR(CAST(COALESCE("t76"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                          FROM "t75" AS "t76"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t79"
                                        INNER JOIN (
                                          SELECT
                                            "t2"."rowid" AS "_frid",
                                            "t2"."first_contact_date",
                                            "t2"."target_group",
                                            "t2"."first_absence_date",
                                            "t2"."sickness_category",
                                            "t2"."employed",
                                            "t2"."handover_date",
                                            "t2"."expected_absence_weeks",
                                            "t2"."work_obligation",
                                            "t2"."municipality"
                                          FROM "benefit_periods" AS "t2"
                                        ) AS "t6"
                                          ON "t79"."_first" = "t6"."_frid"
                                      ) AS "t80"
                                      WHERE
                                        "t80"."benefit" IN ('dagpenge')
                                    ) AS "t83"
                                    SEMI JOIN (
                                      SELECT
                                        "t2"."person_id" AS "_mpid",
                                        "t2"."start_date" AS "_mstart"
                                      FROM "benefit_periods" AS "t2"
                                      WHERE
                                        "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                    ) AS "t10"
                                      ON "t83"."person_id" = "t10"."_mpid"
                                      AND "t10"."_mstart" >= "t83"."start_date"
                                      AND (
                                        (
                                          "t83"."end_date" IS NULL
                                        ) OR (
                                          "t10"."_mstart" <= "t83"."end_date"
                                        )
                                      )
                                  ) AS "t86"
                                  WHERE
                                    CASE
                                      WHEN "t86"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t86"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 6
                                      WHEN "t86"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                ) AS "t89"
                                  ON "t83"."person_id" = "t89"."_k_person_id"
                                  AND "t83"."benefit" = "t89"."_k_benefit"
                                  AND "t83"."start_date" = "t89"."_k_start_date"
                              ) AS "t90"
                            ) AS "t95"
                            LEFT OUTER JOIN (
                              SELECT
                                "t91"."person_id" AS "_ipid",
                                "t91"."benefit" AS "_ibenefit",
                                "t91"."start_date" AS "_istart",
                                "t91"."i_start" AS "_i_start",
                                "t91"."i_end" AS "_i_end",
                                "t91"."cum_before" AS "_cum"
                              FROM (
                                SELECT
                                  "t87"."person_id",
                                  "t87"."benefit",
                                  "t87"."_key" AS "start_date",
                                  "t87"."i_start",
                                  "t87"."i_end",
                                  CAST(COALESCE(
                                    SUM("t87"."_len") OVER (
                                      PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                      ORDER BY "t87"."i_start" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                    ),
                                    0
                                  ) AS INT) AS "cum_before"
                                FROM (
                                  SELECT
                                    "t85"."person_id",
                                    "t85"."benefit",
                                    "t85"."_key",
                                    "t85"."_island",
                                    "t85"."i_start",
                                    "t85"."i_end",
                                    CASE
                                      WHEN "t85"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t85"."i_start", "t85"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t84"."person_id",
                                      "t84"."benefit",
                                      "t84"."_key",
                                      "t84"."_island",
                                      MIN("t84"."start_date") AS "i_start",
                                      MAX("t84"."_end") AS "i_end"
                                    FROM (
                                      SELECT
                                        "t81"."person_id",
                                        "t81"."benefit",
                                        "t81"."start_date",
                                        "t81"."_end",
                                        "t81"."_key",
                                        "t81"."_acc",
                                        "t81"."_rid",
                                        "t81"."early_followup_request_date",
                                        "t81"."education_order",
                                        "t81"."_new",
                                        SUM("t81"."_new") OVER (
                                          PARTITION BY "t81"."person_id", "t81"."benefit", "t81"."_key"
                                          ORDER BY "t81"."start_date" ASC, "t81"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "_island"
                                      FROM (
                                        SELECT
                                          "t77"."person_id",
                                          "t77"."benefit",
                                          "t77"."start_date",
                                          "t77"."_end",
                                          "t77"."_key",
                                          "t77"."_acc",
                                          "t77"."_rid",
                                          "t77"."early_followup_request_date",
                                          "t77"."education_order",
                                          CASE
                                            WHEN MAX("t77"."_end") OVER (
                                              PARTITION BY "t77"."person_id", "t77"."benefit", "t77"."_key"
                                              ORDER BY "t77"."start_date" ASC, "t77"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) IS NULL
                                            THEN 1
                                            WHEN "t77"."start_date" > CAST(CAST(MAX("t77"."_end") OVER (
                                              PARTITION BY "t77"."person_id", "t77"."benefit", "t77"."_key"
                                              ORDER BY "t77"."start_date" ASC, "t77"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                            THEN 1
                                            ELSE 0
                                          END AS "_new"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "t75" AS "t76"
                                          WHERE
                                            "t76"."_acc"
                                        ) AS "t77"
                                      ) AS "t81"
                                    ) AS "t84"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t85"
                                ) AS "t87"
                              ) AS "t91"
                            ) AS "t93"
                              ON "t95"."person_id" = "t93"."_ipid"
                              AND "t95"."benefit" = "t93"."_ibenefit"
                              AND "t95"."start_date" = "t93"."_istart"
                              AND "t93"."_cum" < "t95"."_needed"
                              AND (
                                (
                                  "t93"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t93"."_cum" + DATE_DIFF('DAY', "t93"."_i_start", "t93"."_i_end") + 1
                                  ) >= "t95"."_needed"
                                )
                              )
                          ) AS "t96"
                        ) AS "t97"
                      ) AS "t98"
                    ) AS "t99"
                  ) AS "t100"
                ) AS "t103"
                INNER JOIN (
                  SELECT
                    "t0"."person_id" AS "_pid",
                    "t0"."start_date" AS "_ex_start",
                    "t0"."end_date" AS "_ex_end",
                    "t0"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t0"
                  WHERE
                    "t0"."start_date" <= CAST($as_of AS DATE)
                ) AS "t8"
                  ON "t103"."person_id" = "t8"."_pid"
                  AND "t8"."_ex_start" <= "t103"."_to"
                  AND "t8"."_ex_end" >= "t103"."_from"
              ) AS "t104"
              GROUP BY
                1,
                2,
                3
            ) AS "t106"
              ON "t101"."person_id" = "t106"."person_id"
              AND "t101"."benefit" = "t106"."benefit"
              AND "t101"."start_date" = "t106"."start_date"
          ) AS "t107"
        ) AS "t108"
      ) AS "t114"
      LEFT OUTER JOIN (
        SELECT
          "t120"."person_id",
          "t120"."benefit",
          "t120"."start_date",
          CASE
            WHEN "t120"."_held" >= "t120"."_n"
            THEN CAST(SUBSTRING(
              LIST_EXTRACT(
                "t120"."_events",
                (
                  "t120"."_n" - 1
                ) + CAST((
                  "t120"."_n" - 1
                ) >= 0 AS BIGINT)
              ),
              CASE
                WHEN (
                  0 + 1
                ) >= 1
                THEN 0 + 1
                ELSE 0 + 1 + LENGTH(
                  LIST_EXTRACT(
                    "t120"."_events",
                    (
                      "t120"."_n" - 1
                    ) + CAST((
                      "t120"."_n" - 1
                    ) >= 0 AS BIGINT)
                  )
                )
              END,
              10
            ) AS DATE)
            ELSE CAST(NULL AS DATE)
          END AS "nth_date",
          LEAST("t120"."_held", "t120"."_n") AS "counted",
          LEAST("t120"."_by_due", "t120"."_n") AS "in_window",
          REGEXP_REPLACE(
            ARRAY_TO_STRING(
              LIST_SLICE(
                "t120"."_events",
                1,
                CASE WHEN "t120"."_n" < 0 THEN "t120"."_n" - 1 ELSE "t120"."_n" END
              ),
              ', '
            ),
            '\d{4}-\d{2}-\d{2}\|',
            '',
            'g'
          ) AS "listed"
        FROM (
          SELECT
            "t119"."person_id",
            "t119"."benefit",
            "t119"."start_date",
            LIST_SORT(
              ARRAY_AGG(
                CASE
                  WHEN CAST("t119"."date" AS TEXT) IS NULL OR "t119"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t119"."date" AS TEXT), '|', "t119"."description")
                END
              ) FILTER(WHERE
                CASE
                  WHEN CAST("t119"."date" AS TEXT) IS NULL OR "t119"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t119"."date" AS TEXT), '|', "t119"."description")
                END IS NOT NULL)
            ) AS "_events",
            COUNT(*) AS "_held",
            SUM(CAST("t119"."date" <= "t119"."_due" AS INT)) AS "_by_due",
            CAST(MAX("t119"."_n") AS INT) AS "_n"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t117"."person_id",
                "t117"."benefit",
                "t117"."start_date",
                "t117"."date",
                "t117"."description",
                "t115"."_n",
                "t115"."_due"
              FROM (
                SELECT
                  "t111"."person_id",
                  "t111"."benefit",
                  "t111"."start_date",
                  "t111"."date",
                  CASE
                    WHEN "t111"."kind" IS NULL
                    OR CAST("t111"."date" AS TEXT) IS NULL
                    OR "t111"."form" IS NULL
                    OR "t111"."held_by" IS NULL
                    THEN NULL
                    ELSE CONCAT(
                      "t111"."kind",
                      ' ',
                      CAST("t111"."date" AS TEXT),
                      ' (',
                      "t111"."form",
                      ', ',
                      "t111"."held_by",
                      ')'
                    )
                  END AS "description"
                FROM (
                  SELECT
                    "t110"."person_id",
                    "t110"."benefit",
                    "t110"."start_date",
                    "t110"."window_start",
                    "t110"."_first",
                    "t110"."_last",
                    "t9"."person_id" AS "person_id_right",
                    "t9"."date",
                    "t9"."kind",
                    "t9"."form",
                    "t9"."held_by",
                    "t9"."status",
                    "t9"."individual",
                    "t9"."caseworker_id",
                    "t9"."purpose"
                  FROM (
                    SELECT
                      "t108"."person_id",
                      "t108"."benefit",
                      "t108"."start_date",
                      "t108"."window_start",
                      "t108"."window_start" AS "_first",
                      COALESCE("t108"."end_date", CAST($as_of AS DATE)) AS "_last"
                    FROM (
                      SELECT
                        "t107".*
                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                      FROM (
                        SELECT
                          "t101"."person_id",
                          "t101"."benefit",
                          "t101"."start_date",
                          "t101"."end_date",
                          "t101"."first_contact_date",
                          "t101"."target_group",
                          "t101"."first_absence_date",
                          "t101"."sickness_category",
                          "t101"."employed",
                          "t101"."handover_date",
                          "t101"."expected_absence_weeks",
                          "t101"."work_obligation",
                          "t101"."municipality",
                          "t101"."early_followup_request_date",
                          "t101"."education_order",
                          "t101"."periods",
                          "t101"."window_start",
                          "t101"."required",
                          "t101"."required_joint",
                          "t101"."in_force",
                          "t101"."_end_unconfirmed",
                          "t101"."due0",
                          "t106"."person_id" AS "person_id_right",
                          "t106"."benefit" AS "benefit_right",
                          "t106"."start_date" AS "start_date_right",
                          "t106"."exempt_days",
                          "t106"."exempt_now",
                          "t106"."exemption_note"
                        FROM (
                          SELECT
                            "t99".*
                            EXCLUDE ("_point")
                          FROM (
                            SELECT
                              "t98"."person_id",
                              "t98"."benefit",
                              "t98"."start_date",
                              "t98"."end_date",
                              "t98"."first_contact_date",
                              "t98"."target_group",
                              "t98"."first_absence_date",
                              "t98"."sickness_category",
                              "t98"."employed",
                              "t98"."handover_date",
                              "t98"."expected_absence_weeks",
                              "t98"."work_obligation",
                              "t98"."municipality",
                              "t98"."early_followup_request_date",
                              "t98"."education_order",
                              "t98"."periods",
                              "t98"."window_start",
                              "t98"."required",
                              "t98"."required_joint",
                              "t98"."in_force",
                              "t98"."_end_unconfirmed",
                              "t98"."_point",
                              CAST(CAST("t98"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                            FROM (
                              SELECT
                                "t97".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                              FROM (
                                SELECT
                                  "t96"."person_id",
                                  "t96"."benefit",
                                  "t96"."start_date",
                                  "t96"."end_date",
                                  "t96"."first_contact_date",
                                  "t96"."target_group",
                                  "t96"."first_absence_date",
                                  "t96"."sickness_category",
                                  "t96"."employed",
                                  "t96"."handover_date",
                                  "t96"."expected_absence_weeks",
                                  "t96"."work_obligation",
                                  "t96"."municipality",
                                  "t96"."early_followup_request_date",
                                  "t96"."education_order",
                                  "t96"."periods",
                                  "t96"."window_start",
                                  "t96"."required",
                                  "t96"."required_joint",
                                  "t96"."in_force",
                                  "t96"."_end_unconfirmed",
                                  "t96"."_plain",
                                  "t96"."_needed",
                                  "t96"."_ipid",
                                  "t96"."_ibenefit",
                                  "t96"."_istart",
                                  "t96"."_i_start",
                                  "t96"."_i_end",
                                  "t96"."_cum",
                                  CASE
                                    WHEN "t96"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t96"."_plain"
                                  END AS "_point"
                                FROM (
                                  SELECT
                                    "t95"."person_id",
                                    "t95"."benefit",
                                    "t95"."start_date",
                                    "t95"."end_date",
                                    "t95"."first_contact_date",
                                    "t95"."target_group",
                                    "t95"."first_absence_date",
                                    "t95"."sickness_category",
                                    "t95"."employed",
                                    "t95"."handover_date",
                                    "t95"."expected_absence_weeks",
                                    "t95"."work_obligation",
                                    "t95"."municipality",
                                    "t95"."early_followup_request_date",
                                    "t95"."education_order",
                                    "t95"."periods",
                                    "t95"."window_start",
                                    "t95"."required",
                                    "t95"."required_joint",
                                    "t95"."in_force",
                                    "t95"."_end_unconfirmed",
                                    "t95"."_plain",
                                    "t95"."_needed",
                                    "t93"."_ipid",
                                    "t93"."_ibenefit",
                                    "t93"."_istart",
                                    "t93"."_i_start",
                                    "t93"."_i_end",
                                    "t93"."_cum"
                                  FROM (
                                    SELECT
                                      "t90"."person_id",
                                      "t90"."benefit",
                                      "t90"."start_date",
                                      "t90"."end_date",
                                      "t90"."first_contact_date",
                                      "t90"."target_group",
                                      "t90"."first_absence_date",
                                      "t90"."sickness_category",
                                      "t90"."employed",
                                      "t90"."handover_date",
                                      "t90"."expected_absence_weeks",
                                      "t90"."work_obligation",
                                      "t90"."municipality",
                                      "t90"."early_followup_request_date",
                                      "t90"."education_order",
                                      "t90"."periods",
                                      "t90"."start_date" AS "window_start",
                                      COALESCE(
                                        CASE
                                          WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 6
                                          WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      ) + COALESCE(0, 0) AS "required",
                                      CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                      (
                                        CASE
                                          WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 6
                                          WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND (
                                        CASE
                                          WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      ) AS "in_force",
                                      COALESCE(
                                        (
                                          CASE
                                            WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 6
                                            WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NULL
                                        )
                                        AND COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN [
                                                'kontanthjaelp:aktivitetsparat',
                                                'kontanthjaelp:uddannelsesparat',
                                                'uddannelseshjaelp:aktivitetsparat',
                                                'uddannelseshjaelp:uddannelsesparat',
                                                'jobafklaring',
                                                'ressourceforloeb',
                                                'revalidering'
                                              ]
                                              ELSE CAST(NULL AS TEXT[])
                                            END,
                                            "t90"."benefit"
                                          )
                                          OR ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN [
                                                'kontanthjaelp:aktivitetsparat',
                                                'kontanthjaelp:uddannelsesparat',
                                                'uddannelseshjaelp:aktivitetsparat',
                                                'uddannelseshjaelp:uddannelsesparat',
                                                'jobafklaring',
                                                'ressourceforloeb',
                                                'revalidering'
                                              ]
                                              ELSE CAST(NULL AS TEXT[])
                                            END,
                                            CASE WHEN "t90"."benefit" IS NULL THEN NULL ELSE CONCAT("t90"."benefit", ':') END || COALESCE("t90"."target_group", '')
                                          ),
                                          FALSE
                                        ),
                                        FALSE
                                      ) AS "_end_unconfirmed",
                                      CAST(CAST("t90"."start_date" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t90"."start_date",
                                        CAST(CAST("t90"."start_date" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
                                    FROM (
                                      SELECT
                                        "t83"."person_id",
                                        "t83"."benefit",
                                        "t83"."start_date",
                                        "t83"."end_date",
                                        "t83"."first_contact_date",
                                        "t83"."target_group",
                                        "t83"."first_absence_date",
                                        "t83"."sickness_category",
                                        "t83"."employed",
                                        "t83"."handover_date",
                                        "t83"."expected_absence_weeks",
                                        "t83"."work_obligation",
                                        "t83"."municipality",
                                        "t83"."early_followup_request_date",
                                        "t83"."education_order",
                                        "t83"."periods"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t79"."person_id",
                                            "t79"."benefit",
                                            "t79"."_key" AS "start_date",
                                            CASE
                                              WHEN "t79"."_end" = MAKE_DATE(9999, 12, 31)
                                              THEN CAST(NULL AS DATE)
                                              ELSE "t79"."_end"
                                            END AS "end_date",
                                            "t6"."first_contact_date",
                                            "t6"."target_group",
                                            "t6"."first_absence_date",
                                            "t6"."sickness_category",
                                            "t6"."employed",
                                            "t6"."handover_date",
                                            "t6"."expected_absence_weeks",
                                            "t6"."work_obligation",
                                            "t6"."municipality",
                                            "t79"."early_followup_request_date",
                                            "t79"."education_order",
                                            "t79"."periods"
                                          FROM (
                                            SELECT
                                              "t76"."person_id",
                                              "t76"."benefit",
                                              "t76"."_key",
                                              MAX("t76"."_end") AS "_end",
                                              COUNT(*) AS "periods",
                                              FIRST("t76"."_rid" ORDER BY "t76"."start_date") AS "_first",
                                              MIN("t76"."early_followup_request_date") AS "early_followup_request_date",
                                              BOOL_OR(CAST(COALESCE("t76"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                            FROM "t75" AS "t76"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t79"
                                          INNER JOIN (
                                            SELECT
                                              "t2"."rowid" AS "_frid",
                                              "t2"."first_contact_date",
                                              "t2"."target_group",
                                              "t2"."first_absence_date",
                                              "t2"."sickness_category",
                                              "t2"."employed",
                                              "t2"."handover_date",
                                              "t2"."expected_absence_weeks",
                                              "t2"."work_obligation",
                                              "t2"."municipality"
                                            FROM "benefit_periods" AS "t2"
                                          ) AS "t6"
                                            ON "t79"."_first" = "t6"."_frid"
                                        ) AS "t80"
                                        WHERE
                                          "t80"."benefit" IN ('dagpenge')
                                      ) AS "t83"
                                      SEMI JOIN (
                                        SELECT
                                          "t86"."person_id" AS "_k_person_id",
                                          "t86"."benefit" AS "_k_benefit",
                                          "t86"."start_date" AS "_k_start_date"
                                        FROM (
                                          SELECT
                                            "t83"."person_id",
                                            "t83"."benefit",
                                            "t83"."start_date",
                                            "t83"."end_date",
                                            "t83"."first_contact_date",
                                            "t83"."target_group",
                                            "t83"."first_absence_date",
                                            "t83"."sickness_category",
                                            "t83"."employed",
                                            "t83"."handover_date",
                                            "t83"."expected_absence_weeks",
                                            "t83"."work_obligation",
                                            "t83"."municipality",
                                            "t83"."early_followup_request_date",
                                            "t83"."education_order",
                                            "t83"."periods"
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t79"."person_id",
                                                "t79"."benefit",
                                                "t79"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t79"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t79"."_end"
                                                END AS "end_date",
                                                "t6"."first_contact_date",
                                                "t6"."target_group",
                                                "t6"."first_absence_date",
                                                "t6"."sickness_category",
                                                "t6"."employed",
                                                "t6"."handover_date",
                                                "t6"."expected_absence_weeks",
                                                "t6"."work_obligation",
                                                "t6"."municipality",
                                                "t79"."early_followup_request_date",
                                                "t79"."education_order",
                                                "t79"."periods"
                                              FROM (
                                                SELECT
                                                  "t76"."person_id",
                                                  "t76"."benefit",
                                                  "t76"."_key",
                                                  MAX("t76"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t76"."_rid" ORDER BY "t76"."start_date") AS "_first",
                                                  MIN("t76"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t76"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t75" AS "t76"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t79"
                                              INNER JOIN (
                                                SELECT
                                                  "t2"."rowid" AS "_frid",
                                                  "t2"."first_contact_date",
                                                  "t2"."target_group",
                                                  "t2"."first_absence_date",
                                                  "t2"."sickness_category",
                                                  "t2"."employed",
                                                  "t2"."handover_date",
                                                  "t2"."expected_absence_weeks",
                                                  "t2"."work_obligation",
                                                  "t2"."municipality"
                                                FROM "benefit_periods" AS "t2"
                                              ) AS "t6"
                                                ON "t79"."_first" = "t6"."_frid"
                                            ) AS "t80"
                                            WHERE
                                              "t80"."benefit" IN ('dagpenge')
                                          ) AS "t83"
                                          SEMI JOIN (
                                            SELECT
                                              "t2"."person_id" AS "_mpid",
                                              "t2"."start_date" AS "_mstart"
                                            FROM "benefit_periods" AS "t2"
                                            WHERE
                                              "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                          ) AS "t10"
                                            ON "t83"."person_id" = "t10"."_mpid"
                                            AND "t10"."_mstart" >= "t83"."start_date"
                                            AND (
                                              (
                                                "t83"."end_date" IS NULL
                                              ) OR (
                                                "t10"."_mstart" <= "t83"."end_date"
                                              )
                                            )
                                        ) AS "t86"
                                        WHERE
                                          CASE
                                            WHEN "t86"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t86"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 6
                                            WHEN "t86"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                      ) AS "t89"
                                        ON "t83"."person_id" = "t89"."_k_person_id"
                                        AND "t83"."benefit" = "t89"."_k_benefit"
                                        AND "t83"."start_date" = "t89"."_k_start_date"
                                    ) AS "t90"
                                  ) AS "t95"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t91"."person_id" AS "_ipid",
                                      "t91"."benefit" AS "_ibenefit",
                                      "t91"."start_date" AS "_istart",
                                      "t91"."i_start" AS "_i_start",
                                      "t91"."i_end" AS "_i_end",
                                      "t91"."cum_before" AS "_cum"
                                    FROM (
                                      SELECT
                                        "t87"."person_id",
                                        "t87"."benefit",
                                        "t87"."_key" AS "start_date",
                                        "t87"."i_start",
                                        "t87"."i_end",
                                        CAST(COALESCE(
                                          SUM("t87"."_len") OVER (
                                            PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                            ORDER BY "t87"."i_start" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ),
                                          0
                                        ) AS INT) AS "cum_before"
                                      FROM (
                                        SELECT
                                          "t85"."person_id",
                                          "t85"."benefit",
                                          "t85"."_key",
                                          "t85"."_island",
                                          "t85"."i_start",
                                          "t85"."i_end",
                                          CASE
                                            WHEN "t85"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t85"."i_start", "t85"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t84"."person_id",
                                            "t84"."benefit",
                                            "t84"."_key",
                                            "t84"."_island",
                                            MIN("t84"."start_date") AS "i_start",
                                            MAX("t84"."_end") AS "i_end"
                                          FROM (
                                            SELECT
                                              "t81"."person_id",
                                              "t81"."benefit",
                                              "t81"."start_date",
                                              "t81"."_end",
                                              "t81"."_key",
                                              "t81"."_acc",
                                              "t81"."_rid",
                                              "t81"."early_followup_request_date",
                                              "t81"."education_order",
                                              "t81"."_new",
                                              SUM("t81"."_new") OVER (
                                                PARTITION BY "t81"."person_id", "t81"."benefit", "t81"."_key"
                                                ORDER BY "t81"."start_date" ASC, "t81"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ) AS "_island"
                                            FROM (
                                              SELECT
                                                "t77"."person_id",
                                                "t77"."benefit",
                                                "t77"."start_date",
                                                "t77"."_end",
                                                "t77"."_key",
                                                "t77"."_acc",
                                                "t77"."_rid",
                                                "t77"."early_followup_request_date",
                                                "t77"."education_order",
                                                CASE
                                                  WHEN MAX("t77"."_end") OVER (
                                                    PARTITION BY "t77"."person_id", "t77"."benefit", "t77"."_key"
                                                    ORDER BY "t77"."start_date" ASC, "t77"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) IS NULL
                                                  THEN 1
                                                  WHEN "t77"."start_date" > CAST(CAST(MAX("t77"."_end") OVER (
                                                    PARTITION BY "t77"."person_id", "t77"."benefit", "t77"."_key"
                                                    ORDER BY "t77"."start_date" ASC, "t77"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                  THEN 1
                                                  ELSE 0
                                                END AS "_new"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "t75" AS "t76"
                                                WHERE
                                                  "t76"."_acc"
                                              ) AS "t77"
                                            ) AS "t81"
                                          ) AS "t84"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t85"
                                      ) AS "t87"
                                    ) AS "t91"
                                  ) AS "t93"
                                    ON "t95"."person_id" = "t93"."_ipid"
                                    AND "t95"."benefit" = "t93"."_ibenefit"
                                    AND "t95"."start_date" = "t93"."_istart"
                                    AND "t93"."_cum" < "t95"."_needed"
                                    AND (
                                      (
                                        "t93"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t93"."_cum" + DATE_DIFF('DAY', "t93"."_i_start", "t93"."_i_end") + 1
                                        ) >= "t95"."_needed"
                                      )
                                    )
                                ) AS "t96"
                              ) AS "t97"
                            ) AS "t98"
                          ) AS "t99"
                        ) AS "t101"
                        LEFT OUTER JOIN (
                          SELECT
                            "t104"."person_id",
                            "t104"."benefit",
                            "t104"."start_date",
                            CAST(SUM(
                              DATE_DIFF(
                                'DAY',
                                GREATEST("t104"."_ex_start", "t104"."_from"),
                                LEAST("t104"."_ex_end", "t104"."_to")
                              ) + 1
                            ) AS INT) AS "exempt_days",
                            BOOL_OR(
                              CAST((
                                "t104"."_ex_start" <= CAST($as_of AS DATE)
                              )
                              AND (
                                "t104"."_ex_end" >= CAST($as_of AS DATE)
                              ) AS BOOLEAN)
                            ) AS "exempt_now",
                            ARRAY_TO_STRING(
                              LIST_SORT(
                                ARRAY_AGG(
                                  CASE
                                    WHEN CAST("t104"."_ex_start" AS TEXT) IS NULL
                                    OR CAST("t104"."_ex_end" AS TEXT) IS NULL
                                    OR "t104"."_ex_reason" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'fritaget ',
                                      CAST("t104"."_ex_start" AS TEXT),
                                      '–',
                                      CAST("t104"."_ex_end" AS TEXT),
                                      ' (',
                                      "t104"."_ex_reason",
                                      ')'
                                    )
                                  END
                                ) FILTER(WHERE
                                  CASE
                                    WHEN CAST("t104"."_ex_start" AS TEXT) IS NULL
                                    OR CAST("t104"."_ex_end" AS TEXT) IS NULL
                                    OR "t104"."_ex_reason" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'fritaget ',
                                      CAST("t104"."_ex_start" AS TEXT),
                                      '–',
                                      CAST("t104"."_ex_end" AS TEXT),
                                      ' (',
                                      "t104"."_ex_reason",
                                      ')'
                                    )
                                  END IS NOT NULL)
                              ),
                              ', '
                            ) AS "exemption_note"
                          FROM (
                            SELECT
                              "t103"."person_id",
                              "t103"."benefit",
                              "t103"."start_date",
                              "t103"."_from",
                              "t103"."_to",
                              "t8"."_pid",
                              "t8"."_ex_start",
                              "t8"."_ex_end",
                              "t8"."_ex_reason"
                            FROM (
                              SELECT
                                "t100"."person_id",
                                "t100"."benefit",
                                "t100"."start_date",
                                "t100"."window_start" AS "_from",
                                "t100"."due0" AS "_to"
                              FROM (
                                SELECT
                                  "t99".*
                                  EXCLUDE ("_point")
                                FROM (
                                  SELECT
                                    "t98"."person_id",
                                    "t98"."benefit",
                                    "t98"."start_date",
                                    "t98"."end_date",
                                    "t98"."first_contact_date",
                                    "t98"."target_group",
                                    "t98"."first_absence_date",
                                    "t98"."sickness_category",
                                    "t98"."employed",
                                    "t98"."handover_date",
                                    "t98"."expected_absence_weeks",
                                    "t98"."work_obligation",
                                    "t98"."municipality",
                                    "t98"."early_followup_request_date",
                                    "t98"."education_order",
                                    "t98"."periods",
                                    "t98"."window_start",
                                    "t98"."required",
                                    "t98"."required_joint",
                                    "t98"."in_force",
                                    "t98"."_end_unconfirmed",
                                    "t98"."_point",
                                    CAST(CAST("t98"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                  FROM (
                                    SELECT
                                      "t97".*
                                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                    FROM (
                                      SELECT
                                        "t96"."person_id",
                                        "t96"."benefit",
                                        "t96"."start_date",
                                        "t96"."end_date",
                                        "t96"."first_contact_date",
                                        "t96"."target_group",
                                        "t96"."first_absence_date",
                                        "t96"."sickness_category",
                                        "t96"."employed",
                                        "t96"."handover_date",
                                        "t96"."expected_absence_weeks",
                                        "t96"."work_obligation",
                                        "t96"."municipality",
                                        "t96"."early_followup_request_date",
                                        "t96"."education_order",
                                        "t96"."periods",
                                        "t96"."window_start",
                                        "t96"."required",
                                        "t96"."required_joint",
                                        "t96"."in_force",
                                        "t96"."_end_unconfirmed",
                                        "t96"."_plain",
                                        "t96"."_needed",
                                        "t96"."_ipid",
                                        "t96"."_ibenefit",
                                        "t96"."_istart",
                                        "t96"."_i_start",
                                        "t96"."_i_end",
                                        "t96"."_cum",
                                        CASE
                                          WHEN "t96"."_i_start" IS NOT NULL
                                          THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                          ELSE "t96"."_plain"
                                        END AS "_point"
                                      FROM (
                                        SELECT
                                          "t95"."person_id",
                                          "t95"."benefit",
                                          "t95"."start_date",
                                          "t95"."end_date",
                                          "t95"."first_contact_date",
                                          "t95"."target_group",
                                          "t95"."first_absence_date",
                                          "t95"."sickness_category",
                                          "t95"."employed",
                                          "t95"."handover_date",
                                          "t95"."expected_absence_weeks",
                                          "t95"."work_obligation",
                                          "t95"."municipality",
                                          "t95"."early_followup_request_date",
                                          "t95"."education_order",
                                          "t95"."periods",
                                          "t95"."window_start",
                                          "t95"."required",
                                          "t95"."required_joint",
                                          "t95"."in_force",
                                          "t95"."_end_unconfirmed",
                                          "t95"."_plain",
                                          "t95"."_needed",
                                          "t93"."_ipid",
                                          "t93"."_ibenefit",
                                          "t93"."_istart",
                                          "t93"."_i_start",
                                          "t93"."_i_end",
                                          "t93"."_cum"
                                        FROM (
                                          SELECT
                                            "t90"."person_id",
                                            "t90"."benefit",
                                            "t90"."start_date",
                                            "t90"."end_date",
                                            "t90"."first_contact_date",
                                            "t90"."target_group",
                                            "t90"."first_absence_date",
                                            "t90"."sickness_category",
                                            "t90"."employed",
                                            "t90"."handover_date",
                                            "t90"."expected_absence_weeks",
                                            "t90"."work_obligation",
                                            "t90"."municipality",
                                            "t90"."early_followup_request_date",
                                            "t90"."education_order",
                                            "t90"."periods",
                                            "t90"."start_date" AS "window_start",
                                            COALESCE(
                                              CASE
                                                WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) + COALESCE(0, 0) AS "required",
                                            CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                            (
                                              CASE
                                                WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND (
                                              CASE
                                                WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            ) AS "in_force",
                                            COALESCE(
                                              (
                                                CASE
                                                  WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 6
                                                  WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NULL
                                              )
                                              AND COALESCE(
                                                ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN [
                                                      'kontanthjaelp:aktivitetsparat',
                                                      'kontanthjaelp:uddannelsesparat',
                                                      'uddannelseshjaelp:aktivitetsparat',
                                                      'uddannelseshjaelp:uddannelsesparat',
                                                      'jobafklaring',
                                                      'ressourceforloeb',
                                                      'revalidering'
                                                    ]
                                                    ELSE CAST(NULL AS TEXT[])
                                                  END,
                                                  "t90"."benefit"
                                                )
                                                OR ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN [
                                                      'kontanthjaelp:aktivitetsparat',
                                                      'kontanthjaelp:uddannelsesparat',
                                                      'uddannelseshjaelp:aktivitetsparat',
                                                      'uddannelseshjaelp:uddannelsesparat',
                                                      'jobafklaring',
                                                      'ressourceforloeb',
                                                      'revalidering'
                                                    ]
                                                    ELSE CAST(NULL AS TEXT[])
                                                  END,
                                                  CASE WHEN "t90"."benefit" IS NULL THEN NULL ELSE CONCAT("t90"."benefit", ':') END || COALESCE("t90"."target_group", '')
                                                ),
                                                FALSE
                                              ),
                                              FALSE
                                            ) AS "_end_unconfirmed",
                                            CAST(CAST("t90"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                            DATE_DIFF(
                                              'DAY',
                                              "t90"."start_date",
                                              CAST(CAST("t90"."start_date" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE)
                                            ) AS "_needed"
                                          FROM (
                                            SELECT
                                              "t83"."person_id",
                                              "t83"."benefit",
                                              "t83"."start_date",
                                              "t83"."end_date",
                                              "t83"."first_contact_date",
                                              "t83"."target_group",
                                              "t83"."first_absence_date",
                                              "t83"."sickness_category",
                                              "t83"."employed",
                                              "t83"."handover_date",
                                              "t83"."expected_absence_weeks",
                                              "t83"."work_obligation",
                                              "t83"."municipality",
                                              "t83"."early_followup_request_date",
                                              "t83"."education_order",
                                              "t83"."periods"
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  "t79"."person_id",
                                                  "t79"."benefit",
                                                  "t79"."_key" AS "start_date",
                                                  CASE
                                                    WHEN "t79"."_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN CAST(NULL AS DATE)
                                                    ELSE "t79"."_end"
                                                  END AS "end_date",
                                                  "t6"."first_contact_date",
                                                  "t6"."target_group",
                                                  "t6"."first_absence_date",
                                                  "t6"."sickness_category",
                                                  "t6"."employed",
                                                  "t6"."handover_date",
                                                  "t6"."expected_absence_weeks",
                                                  "t6"."work_obligation",
                                                  "t6"."municipality",
                                                  "t79"."early_followup_request_date",
                                                  "t79"."education_order",
                                                  "t79"."periods"
                                                FROM (
                                                  SELECT
                                                    "t76"."person_id",
                                                    "t76"."benefit",
                                                    "t76"."_key",
                                                    MAX("t76"."_end") AS "_end",
                                                    COUNT(*) AS "periods",
                                                    FIRST("t76"."_rid" ORDER BY "t76"."start_date") AS "_first",
                                                    MIN("t76"."early_followup_request_date") AS "early_followup_request_date",
                                                    BOOL_OR(CAST(COALESCE("t76"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                  FROM "t75" AS "t76"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t79"
                                                INNER JOIN (
                                                  SELECT
                                                    "t2"."rowid" AS "_frid",
                                                    "t2"."first_contact_date",
                                                    "t2"."target_group",
                                                    "t2"."first_absence_date",
                                                    "t2"."sickness_category",
                                                    "t2"."employed",
                                                    "t2"."handover_date",
                                                    "t2"."expected_absence_weeks",
                                                    "t2"."work_obligation",
                                                    "t2"."municipality"
                                                  FROM "benefit_periods" AS "t2"
                                                ) AS "t6"
                                                  ON "t79"."_first" = "t6"."_frid"
                                              ) AS "t80"
                                              WHERE
                                                "t80"."benefit" IN ('dagpenge')
                                            ) AS "t83"
                                            SEMI JOIN (
                                              SELECT
                                                "t86"."person_id" AS "_k_person_id",
                                                "t86"."benefit" AS "_k_benefit",
                                                "t86"."start_date" AS "_k_start_date"
                                              FROM (
                                                SELECT
                                                  "t83"."person_id",
                                                  "t83"."benefit",
                                                  "t83"."start_date",
                                                  "t83"."end_date",
                                                  "t83"."first_contact_date",
                                                  "t83"."target_group",
                                                  "t83"."first_absence_date",
                                                  "t83"."sickness_category",
                                                  "t83"."employed",
                                                  "t83"."handover_date",
                                                  "t83"."expected_absence_weeks",
                                                  "t83"."work_obligation",
                                                  "t83"."municipality",
                                                  "t83"."early_followup_request_date",
                                                  "t83"."education_order",
                                                  "t83"."periods"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM (
                                                    SELECT
                                                      "t79"."person_id",
                                                      "t79"."benefit",
                                                      "t79"."_key" AS "start_date",
                                                      CASE
                                                        WHEN "t79"."_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN CAST(NULL AS DATE)
                                                        ELSE "t79"."_end"
                                                      END AS "end_date",
                                                      "t6"."first_contact_date",
                                                      "t6"."target_group",
                                                      "t6"."first_absence_date",
                                                      "t6"."sickness_category",
                                                      "t6"."employed",
                                                      "t6"."handover_date",
                                                      "t6"."expected_absence_weeks",
                                                      "t6"."work_obligation",
                                                      "t6"."municipality",
                                                      "t79"."early_followup_request_date",
                                                      "t79"."education_order",
                                                      "t79"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t76"."person_id",
                                                        "t76"."benefit",
                                                        "t76"."_key",
                                                        MAX("t76"."_end") AS "_end",
                                                        COUNT(*) AS "periods",
                                                        FIRST("t76"."_rid" ORDER BY "t76"."start_date") AS "_first",
                                                        MIN("t76"."early_followup_request_date") AS "early_followup_request_date",
                                                        BOOL_OR(CAST(COALESCE("t76"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                      FROM "t75" AS "t76"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3
                                                    ) AS "t79"
                                                    INNER JOIN (
                                                      SELECT
                                                        "t2"."rowid" AS "_frid",
                                                        "t2"."first_contact_date",
                                                        "t2"."target_group",
                                                        "t2"."first_absence_date",
                                                        "t2"."sickness_category",
                                                        "t2"."employed",
                                                        "t2"."handover_date",
                                                        "t2"."expected_absence_weeks",
                                                        "t2"."work_obligation",
                                                        "t2"."municipality"
                                                      FROM "benefit_periods" AS "t2"
                                                    ) AS "t6"
                                                      ON "t79"."_first" = "t6"."_frid"
                                                  ) AS "t80"
                                                  WHERE
                                                    "t80"."benefit" IN ('dagpenge')
                                                ) AS "t83"
                                                SEMI JOIN (
                                                  SELECT
                                                    "t2"."person_id" AS "_mpid",
                                                    "t2"."start_date" AS "_mstart"
                                                  FROM "benefit_periods" AS "t2"
                                                  WHERE
                                                    "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                ) AS "t10"
                                                  ON "t83"."person_id" = "t10"."_mpid"
                                                  AND "t10"."_mstart" >= "t83"."start_date"
                                                  AND (
                                                    (
                                                      "t83"."end_date" IS NULL
                                                    ) OR (
                                                      "t10"."_mstart" <= "t83"."end_date"
                                                    )
                                                  )
                                              ) AS "t86"
                                              WHERE
                                                CASE
                                                  WHEN "t86"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t86"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 6
                                                  WHEN "t86"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                            ) AS "t89"
                                              ON "t83"."person_id" = "t89"."_k_person_id"
                                              AND "t83"."benefit" = "t89"."_k_benefit"
                                              AND "t83"."start_date" = "t89"."_k_start_date"
                                          ) AS "t90"
                                        ) AS "t95"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t91"."person_id" AS "_ipid",
                                            "t91"."benefit" AS "_ibenefit",
                                            "t91"."start_date" AS "_istart",
                                            "t91"."i_start" AS "_i_start",
                                            "t91"."i_end" AS "_i_end",
                                            "t91"."cum_before" AS "_cum"
                                          FROM (
                                            SELECT
                                              "t87"."person_id",
                                              "t87"."benefit",
                                              "t87"."_key" AS "start_date",
                                              "t87"."i_start",
                                              "t87"."i_end",
                                              CAST(COALESCE(
                                                SUM("t87"."_len") OVER (
                                                  PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                                  ORDER BY "t87"."i_start" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ),
                                                0
                                              ) AS INT) AS "cum_before"
                                            FROM (
                                              SELECT
                                                "t85"."person_id",
                                                "t85"."benefit",
                                                "t85"."_key",
                                                "t85"."_island",
                                                "t85"."i_start",
                                                "t85"."i_end",
                                                CASE
                                                  WHEN "t85"."i_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN 0
                                                  ELSE DATE_DIFF('DAY', "t85"."i_start", "t85"."i_end") + 1
                                                END AS "_len"
                                              FROM (
                                                SELECT
                                                  "t84"."person_id",
                                                  "t84"."benefit",
                                                  "t84"."_key",
                                                  "t84"."_island",
                                                  MIN("t84"."start_date") AS "i_start",
                                                  MAX("t84"."_end") AS "i_end"
                                                FROM (
                                                  SELECT
                                                    "t81"."person_id",
                                                    "t81"."benefit",
                                                    "t81"."start_date",
                                                    "t81"."_end",
                                                    "t81"."_key",
                                                    "t81"."_acc",
                                                    "t81"."_rid",
                                                    "t81"."early_followup_request_date",
                                                    "t81"."education_order",
                                                    "t81"."_new",
                                                    SUM("t81"."_new") OVER (
                                                      PARTITION BY "t81"."person_id", "t81"."benefit", "t81"."_key"
                                                      ORDER BY "t81"."start_date" ASC, "t81"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                    ) AS "_island"
                                                  FROM (
                                                    SELECT
                                                      "t77"."person_id",
                                                      "t77"."benefit",
                                                      "t77"."start_date",
                                                      "t77"."_end",
                                                      "t77"."_key",
                                                      "t77"."_acc",
                                                      "t77"."_rid",
                                                      "t77"."early_followup_request_date",
                                                      "t77"."education_order",
                                                      CASE
                                                        WHEN MAX("t77"."_end") OVER (
                                                          PARTITION BY "t77"."person_id", "t77"."benefit", "t77"."_key"
                                                          ORDER BY "t77"."start_date" ASC, "t77"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) IS NULL
                                                        THEN 1
                                                        WHEN "t77"."start_date" > CAST(CAST(MAX("t77"."_end") OVER (
                                                          PARTITION BY "t77"."person_id", "t77"."benefit", "t77"."_key"
                                                          ORDER BY "t77"."start_date" ASC, "t77"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                        THEN 1
                                                        ELSE 0
                                                      END AS "_new"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM "t75" AS "t76"
                                                      WHERE
                                                        "t76"."_acc"
                                                    ) AS "t77"
                                                  ) AS "t81"
                                                ) AS "t84"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3,
                                                  4
                                              ) AS "t85"
                                            ) AS "t87"
                                          ) AS "t91"
                                        ) AS "t93"
                                          ON "t95"."person_id" = "t93"."_ipid"
                                          AND "t95"."benefit" = "t93"."_ibenefit"
                                          AND "t95"."start_date" = "t93"."_istart"
                                          AND "t93"."_cum" < "t95"."_needed"
                                          AND (
                                            (
                                              "t93"."_i_end" = MAKE_DATE(9999, 12, 31)
                                            )
                                            OR (
                                              (
                                                "t93"."_cum" + DATE_DIFF('DAY', "t93"."_i_start", "t93"."_i_end") + 1
                                              ) >= "t95"."_needed"
                                            )
                                          )
                                      ) AS "t96"
                                    ) AS "t97"
                                  ) AS "t98"
                                ) AS "t99"
                              ) AS "t100"
                            ) AS "t103"
                            INNER JOIN (
                              SELECT
                                "t0"."person_id" AS "_pid",
                                "t0"."start_date" AS "_ex_start",
                                "t0"."end_date" AS "_ex_end",
                                "t0"."reason" AS "_ex_reason"
                              FROM "exemptions" AS "t0"
                              WHERE
                                "t0"."start_date" <= CAST($as_of AS DATE)
                            ) AS "t8"
                              ON "t103"."person_id" = "t8"."_pid"
                              AND "t8"."_ex_start" <= "t103"."_to"
                              AND "t8"."_ex_end" >= "t103"."_from"
                          ) AS "t104"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t106"
                          ON "t101"."person_id" = "t106"."person_id"
                          AND "t101"."benefit" = "t106"."benefit"
                          AND "t101"."start_date" = "t106"."start_date"
                      ) AS "t107"
                    ) AS "t108"
                  ) AS "t110"
                  INNER JOIN (
                    SELECT
                      *
                    FROM "conversations" AS "t1"
                    WHERE
                      "t1"."status" = 'afholdt'
                      AND COALESCE("t1"."individual", TRUE)
                      AND "t1"."date" <= CAST($as_of AS DATE)
                      AND "t1"."kind" IN ('jobsamtale', 'faellessamtale')
                  ) AS "t9"
                    ON "t110"."person_id" = "t9"."person_id"
                    AND "t9"."date" >= "t110"."_first"
                    AND "t9"."date" <= "t110"."_last"
                ) AS "t111"
                WHERE
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t111"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['jobcenter', 'anden_aktoer']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t111"."held_by"
                    ),
                    FALSE
                  )
                  AND COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t111"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['personligt', 'telefon', 'video']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t111"."form"
                    ),
                    FALSE
                  )
              ) AS "t117"
              INNER JOIN (
                SELECT
                  "t108"."person_id",
                  "t108"."benefit",
                  "t108"."start_date",
                  "t108"."required" AS "_n",
                  CAST(CAST("t108"."due0" + TO_DAYS(
                    CASE
                      WHEN COALESCE(
                        CASE
                          WHEN "t108"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN TRUE
                          ELSE CAST(NULL AS BOOLEAN)
                        END,
                        FALSE
                      )
                      THEN COALESCE("t108"."exempt_days", 0)
                      ELSE 0
                    END
                  ) AS TIMESTAMP) AS DATE) AS "_due"
                FROM (
                  SELECT
                    "t107".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                  FROM (
                    SELECT
                      "t101"."person_id",
                      "t101"."benefit",
                      "t101"."start_date",
                      "t101"."end_date",
                      "t101"."first_contact_date",
                      "t101"."target_group",
                      "t101"."first_absence_date",
                      "t101"."sickness_category",
                      "t101"."employed",
                      "t101"."handover_date",
                      "t101"."expected_absence_weeks",
                      "t101"."work_obligation",
                      "t101"."municipality",
                      "t101"."early_followup_request_date",
                      "t101"."education_order",
                      "t101"."periods",
                      "t101"."window_start",
                      "t101"."required",
                      "t101"."required_joint",
                      "t101"."in_force",
                      "t101"."_end_unconfirmed",
                      "t101"."due0",
                      "t106"."person_id" AS "person_id_right",
                      "t106"."benefit" AS "benefit_right",
                      "t106"."start_date" AS "start_date_right",
                      "t106"."exempt_days",
                      "t106"."exempt_now",
                      "t106"."exemption_note"
                    FROM (
                      SELECT
                        "t99".*
                        EXCLUDE ("_point")
                      FROM (
                        SELECT
                          "t98"."person_id",
                          "t98"."benefit",
                          "t98"."start_date",
                          "t98"."end_date",
                          "t98"."first_contact_date",
                          "t98"."target_group",
                          "t98"."first_absence_date",
                          "t98"."sickness_category",
                          "t98"."employed",
                          "t98"."handover_date",
                          "t98"."expected_absence_weeks",
                          "t98"."work_obligation",
                          "t98"."municipality",
                          "t98"."early_followup_request_date",
                          "t98"."education_order",
                          "t98"."periods",
                          "t98"."window_start",
                          "t98"."required",
                          "t98"."required_joint",
                          "t98"."in_force",
                          "t98"."_end_unconfirmed",
                          "t98"."_point",
                          CAST(CAST("t98"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                        FROM (
                          SELECT
                            "t97".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t96"."person_id",
                              "t96"."benefit",
                              "t96"."start_date",
                              "t96"."end_date",
                              "t96"."first_contact_date",
                              "t96"."target_group",
                              "t96"."first_absence_date",
                              "t96"."sickness_category",
                              "t96"."employed",
                              "t96"."handover_date",
                              "t96"."expected_absence_weeks",
                              "t96"."work_obligation",
                              "t96"."municipality",
                              "t96"."early_followup_request_date",
                              "t96"."education_order",
                              "t96"."periods",
                              "t96"."window_start",
                              "t96"."required",
                              "t96"."required_joint",
                              "t96"."in_force",
                              "t96"."_end_unconfirmed",
                              "t96"."_plain",
                              "t96"."_needed",
                              "t96"."_ipid",
                              "t96"."_ibenefit",
                              "t96"."_istart",
                              "t96"."_i_start",
                              "t96"."_i_end",
                              "t96"."_cum",
                              CASE
                                WHEN "t96"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t96"."_plain"
                              END AS "_point"
                            FROM (
                              SELECT
                                "t95"."person_id",
                                "t95"."benefit",
                                "t95"."start_date",
                                "t95"."end_date",
                                "t95"."first_contact_date",
                                "t95"."target_group",
                                "t95"."first_absence_date",
                                "t95"."sickness_category",
                                "t95"."employed",
                                "t95"."handover_date",
                                "t95"."expected_absence_weeks",
                                "t95"."work_obligation",
                                "t95"."municipality",
                                "t95"."early_followup_request_date",
                                "t95"."education_order",
                                "t95"."periods",
                                "t95"."window_start",
                                "t95"."required",
                                "t95"."required_joint",
                                "t95"."in_force",
                                "t95"."_end_unconfirmed",
                                "t95"."_plain",
                                "t95"."_needed",
                                "t93"."_ipid",
                                "t93"."_ibenefit",
                                "t93"."_istart",
                                "t93"."_i_start",
                                "t93"."_i_end",
                                "t93"."_cum"
                              FROM (
                                SELECT
                                  "t90"."person_id",
                                  "t90"."benefit",
                                  "t90"."start_date",
                                  "t90"."end_date",
                                  "t90"."first_contact_date",
                                  "t90"."target_group",
                                  "t90"."first_absence_date",
                                  "t90"."sickness_category",
                                  "t90"."employed",
                                  "t90"."handover_date",
                                  "t90"."expected_absence_weeks",
                                  "t90"."work_obligation",
                                  "t90"."municipality",
                                  "t90"."early_followup_request_date",
                                  "t90"."education_order",
                                  "t90"."periods",
                                  "t90"."start_date" AS "window_start",
                                  COALESCE(
                                    CASE
                                      WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 6
                                      WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  ) + COALESCE(0, 0) AS "required",
                                  CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                  (
                                    CASE
                                      WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 6
                                      WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  )
                                  AND (
                                    CASE
                                      WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  ) AS "in_force",
                                  COALESCE(
                                    (
                                      CASE
                                        WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 6
                                        WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NULL
                                    )
                                    AND COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN [
                                            'kontanthjaelp:aktivitetsparat',
                                            'kontanthjaelp:uddannelsesparat',
                                            'uddannelseshjaelp:aktivitetsparat',
                                            'uddannelseshjaelp:uddannelsesparat',
                                            'jobafklaring',
                                            'ressourceforloeb',
                                            'revalidering'
                                          ]
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t90"."benefit"
                                      )
                                      OR ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN [
                                            'kontanthjaelp:aktivitetsparat',
                                            'kontanthjaelp:uddannelsesparat',
                                            'uddannelseshjaelp:aktivitetsparat',
                                            'uddannelseshjaelp:uddannelsesparat',
                                            'jobafklaring',
                                            'ressourceforloeb',
                                            'revalidering'
                                          ]
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        CASE WHEN "t90"."benefit" IS NULL THEN NULL ELSE CONCAT("t90"."benefit", ':') END || COALESCE("t90"."target_group", '')
                                      ),
                                      FALSE
                                    ),
                                    FALSE
                                  ) AS "_end_unconfirmed",
                                  CAST(CAST("t90"."start_date" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t90"."start_date",
                                    CAST(CAST("t90"."start_date" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
                                FROM (
                                  SELECT
                                    "t83"."person_id",
                                    "t83"."benefit",
                                    "t83"."start_date",
                                    "t83"."end_date",
                                    "t83"."first_contact_date",
                                    "t83"."target_group",
                                    "t83"."first_absence_date",
                                    "t83"."sickness_category",
                                    "t83"."employed",
                                    "t83"."handover_date",
                                    "t83"."expected_absence_weeks",
                                    "t83"."work_obligation",
                                    "t83"."municipality",
                                    "t83"."early_followup_request_date",
                                    "t83"."education_order",
                                    "t83"."periods"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t79"."person_id",
                                        "t79"."benefit",
                                        "t79"."_key" AS "start_date",
                                        CASE
                                          WHEN "t79"."_end" = MAKE_DATE(9999, 12, 31)
                                          THEN CAST(NULL AS DATE)
                                          ELSE "t79"."_end"
                                        END AS "end_date",
                                        "t6"."first_contact_date",
                                        "t6"."target_group",
                                        "t6"."first_absence_date",
                                        "t6"."sickness_category",
                                        "t6"."employed",
                                        "t6"."handover_date",
                                        "t6"."expected_absence_weeks",
                                        "t6"."work_obligation",
                                        "t6"."municipality",
                                        "t79"."early_followup_request_date",
                                        "t79"."education_order",
                                        "t79"."periods"
                                      FROM (
                                        SELECT
                                          "t76"."person_id",
                                          "t76"."benefit",
                                          "t76"."_key",
                                          MAX("t76"."_end") AS "_end",
                                          COUNT(*) AS "periods",
                                          FIRST("t76"."_rid" ORDER BY "t76"."start_date") AS "_first",
                                          MIN("t76"."early_followup_request_date") AS "early_followup_request_date",
                                          BOOL_OR(CAST(COALESCE("t76"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                        FROM "t75" AS "t76"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t79"
                                      INNER JOIN (
                                        SELECT
                                          "t2"."rowid" AS "_frid",
                                          "t2"."first_contact_date",
                                          "t2"."target_group",
                                          "t2"."first_absence_date",
                                          "t2"."sickness_category",
                                          "t2"."employed",
                                          "t2"."handover_date",
                                          "t2"."expected_absence_weeks",
                                          "t2"."work_obligation",
                                          "t2"."municipality"
                                        FROM "benefit_periods" AS "t2"
                                      ) AS "t6"
                                        ON "t79"."_first" = "t6"."_frid"
                                    ) AS "t80"
                                    WHERE
                                      "t80"."benefit" IN ('dagpenge')
                                  ) AS "t83"
                                  SEMI JOIN (
                                    SELECT
                                      "t86"."person_id" AS "_k_person_id",
                                      "t86"."benefit" AS "_k_benefit",
                                      "t86"."start_date" AS "_k_start_date"
                                    FROM (
                                      SELECT
                                        "t83"."person_id",
                                        "t83"."benefit",
                                        "t83"."start_date",
                                        "t83"."end_date",
                                        "t83"."first_contact_date",
                                        "t83"."target_group",
                                        "t83"."first_absence_date",
                                        "t83"."sickness_category",
                                        "t83"."employed",
                                        "t83"."handover_date",
                                        "t83"."expected_absence_weeks",
                                        "t83"."work_obligation",
                                        "t83"."municipality",
                                        "t83"."early_followup_request_date",
                                        "t83"."education_order",
                                        "t83"."periods"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t79"."person_id",
                                            "t79"."benefit",
                                            "t79"."_key" AS "start_date",
                                            CASE
                                              WHEN "t79"."_end" = MAKE_DATE(9999, 12, 31)
                                              THEN CAST(NULL AS DATE)
                                              ELSE "t79"."_end"
                                            END AS "end_date",
                                            "t6"."first_contact_date",
                                            "t6"."target_group",
                                            "t6"."first_absence_date",
                                            "t6"."sickness_category",
                                            "t6"."employed",
                                            "t6"."handover_date",
                                            "t6"."expected_absence_weeks",
                                            "t6"."work_obligation",
                                            "t6"."municipality",
                                            "t79"."early_followup_request_date",
                                            "t79"."education_order",
                                            "t79"."periods"
                                          FROM (
                                            SELECT
                                              "t76"."person_id",
                                              "t76"."benefit",
                                              "t76"."_key",
                                              MAX("t76"."_end") AS "_end",
                                              COUNT(*) AS "periods",
                                              FIRST("t76"."_rid" ORDER BY "t76"."start_date") AS "_first",
                                              MIN("t76"."early_followup_request_date") AS "early_followup_request_date",
                                              BOOL_OR(CAST(COALESCE("t76"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                            FROM "t75" AS "t76"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t79"
                                          INNER JOIN (
                                            SELECT
                                              "t2"."rowid" AS "_frid",
                                              "t2"."first_contact_date",
                                              "t2"."target_group",
                                              "t2"."first_absence_date",
                                              "t2"."sickness_category",
                                              "t2"."employed",
                                              "t2"."handover_date",
                                              "t2"."expected_absence_weeks",
                                              "t2"."work_obligation",
                                              "t2"."municipality"
                                            FROM "benefit_periods" AS "t2"
                                          ) AS "t6"
                                            ON "t79"."_first" = "t6"."_frid"
                                        ) AS "t80"
                                        WHERE
                                          "t80"."benefit" IN ('dagpenge')
                                      ) AS "t83"
                                      SEMI JOIN (
                                        SELECT
                                          "t2"."person_id" AS "_mpid",
                                          "t2"."start_date" AS "_mstart"
                                        FROM "benefit_periods" AS "t2"
                                        WHERE
                                          "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                      ) AS "t10"
                                        ON "t83"."person_id" = "t10"."_mpid"
                                        AND "t10"."_mstart" >= "t83"."start_date"
                                        AND (
                                          (
                                            "t83"."end_date" IS NULL
                                          ) OR (
                                            "t10"."_mstart" <= "t83"."end_date"
                                          )
                                        )
                                    ) AS "t86"
                                    WHERE
                                      CASE
                                        WHEN "t86"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t86"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 6
                                        WHEN "t86"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                  ) AS "t89"
                                    ON "t83"."person_id" = "t89"."_k_person_id"
                                    AND "t83"."benefit" = "t89"."_k_benefit"
                                    AND "t83"."start_date" = "t89"."_k_start_date"
                                ) AS "t90"
                              ) AS "t95"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t91"."person_id" AS "_ipid",
                                  "t91"."benefit" AS "_ibenefit",
                                  "t91"."start_date" AS "_istart",
                                  "t91"."i_start" AS "_i_start",
                                  "t91"."i_end" AS "_i_end",
                                  "t91"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t87"."person_id",
                                    "t87"."benefit",
                                    "t87"."_key" AS "start_date",
                                    "t87"."i_start",
                                    "t87"."i_end",
                                    CAST(COALESCE(
                                      SUM("t87"."_len") OVER (
                                        PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                        ORDER BY "t87"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t85"."person_id",
                                      "t85"."benefit",
                                      "t85"."_key",
                                      "t85"."_island",
                                      "t85"."i_start",
                                      "t85"."i_end",
                                      CASE
                                        WHEN "t85"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t85"."i_start", "t85"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t84"."person_id",
                                        "t84"."benefit",
                                        "t84"."_key",
                                        "t84"."_island",
                                        MIN("t84"."start_date") AS "i_start",
                                        MAX("t84"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t81"."person_id",
                                          "t81"."benefit",
                                          "t81"."start_date",
                                          "t81"."_end",
                                          "t81"."_key",
                                          "t81"."_acc",
                                          "t81"."_rid",
                                          "t81"."early_followup_request_date",
                                          "t81"."education_order",
                                          "t81"."_new",
                                          SUM("t81"."_new") OVER (
                                            PARTITION BY "t81"."person_id", "t81"."benefit", "t81"."_key"
                                            ORDER BY "t81"."start_date" ASC, "t81"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
                                        FROM (
                                          SELECT
                                            "t77"."person_id",
                                            "t77"."benefit",
                                            "t77"."start_date",
                                            "t77"."_end",
                                            "t77"."_key",
                                            "t77"."_acc",
                                            "t77"."_rid",
                                            "t77"."early_followup_request_date",
                                            "t77"."education_order",
                                            CASE
                                              WHEN MAX("t77"."_end") OVER (
                                                PARTITION BY "t77"."person_id", "t77"."benefit", "t77"."_key"
                                                ORDER BY "t77"."start_date" ASC, "t77"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t77"."start_date" > CAST(CAST(MAX("t77"."_end") OVER (
                                                PARTITION BY "t77"."person_id", "t77"."benefit", "t77"."_key"
                                                ORDER BY "t77"."start_date" ASC, "t77"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t75" AS "t76"
                                            WHERE
                                              "t76"."_acc"
                                          ) AS "t77"
                                        ) AS "t81"
                                      ) AS "t84"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t85"
                                  ) AS "t87"
                                ) AS "t91"
                              ) AS "t93"
                                ON "t95"."person_id" = "t93"."_ipid"
                                AND "t95"."benefit" = "t93"."_ibenefit"
                                AND "t95"."start_date" = "t93"."_istart"
                                AND "t93"."_cum" < "t95"."_needed"
                                AND (
                                  (
                                    "t93"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t93"."_cum" + DATE_DIFF('DAY', "t93"."_i_start", "t93"."_i_end") + 1
                                    ) >= "t95"."_needed"
                                  )
                                )
                            ) AS "t96"
                          ) AS "t97"
                        ) AS "t98"
                      ) AS "t99"
                    ) AS "t101"
                    LEFT OUTER JOIN (
                      SELECT
                        "t104"."person_id",
                        "t104"."benefit",
                        "t104"."start_date",
                        CAST(SUM(
                          DATE_DIFF(
                            'DAY',
                            GREATEST("t104"."_ex_start", "t104"."_from"),
                            LEAST("t104"."_ex_end", "t104"."_to")
                          ) + 1
                        ) AS INT) AS "exempt_days",
                        BOOL_OR(
                          CAST((
                            "t104"."_ex_start" <= CAST($as_of AS DATE)
                          )
                          AND (
                            "t104"."_ex_end" >= CAST($as_of AS DATE)
                          ) AS BOOLEAN)
                        ) AS "exempt_now",
                        ARRAY_TO_STRING(
                          LIST_SORT(
                            ARRAY_AGG(
                              CASE
                                WHEN CAST("t104"."_ex_start" AS TEXT) IS NULL
                                OR CAST("t104"."_ex_end" AS TEXT) IS NULL
                                OR "t104"."_ex_reason" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'fritaget ',
                                  CAST("t104"."_ex_start" AS TEXT),
                                  '–',
                                  CAST("t104"."_ex_end" AS TEXT),
                                  ' (',
                                  "t104"."_ex_reason",
                                  ')'
                                )
                              END
                            ) FILTER(WHERE
                              CASE
                                WHEN CAST("t104"."_ex_start" AS TEXT) IS NULL
                                OR CAST("t104"."_ex_end" AS TEXT) IS NULL
                                OR "t104"."_ex_reason" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'fritaget ',
                                  CAST("t104"."_ex_start" AS TEXT),
                                  '–',
                                  CAST("t104"."_ex_end" AS TEXT),
                                  ' (',
                                  "t104"."_ex_reason",
                                  ')'
                                )
                              END IS NOT NULL)
                          ),
                          ', '
                        ) AS "exemption_note"
                      FROM (
                        SELECT
                          "t103"."person_id",
                          "t103"."benefit",
                          "t103"."start_date",
                          "t103"."_from",
                          "t103"."_to",
                          "t8"."_pid",
                          "t8"."_ex_start",
                          "t8"."_ex_end",
                          "t8"."_ex_reason"
                        FROM (
                          SELECT
                            "t100"."person_id",
                            "t100"."benefit",
                            "t100"."start_date",
                            "t100"."window_start" AS "_from",
                            "t100"."due0" AS "_to"
                          FROM (
                            SELECT
                              "t99".*
                              EXCLUDE ("_point")
                            FROM (
                              SELECT
                                "t98"."person_id",
                                "t98"."benefit",
                                "t98"."start_date",
                                "t98"."end_date",
                                "t98"."first_contact_date",
                                "t98"."target_group",
                                "t98"."first_absence_date",
                                "t98"."sickness_category",
                                "t98"."employed",
                                "t98"."handover_date",
                                "t98"."expected_absence_weeks",
                                "t98"."work_obligation",
                                "t98"."municipality",
                                "t98"."early_followup_request_date",
                                "t98"."education_order",
                                "t98"."periods",
                                "t98"."window_start",
                                "t98"."required",
                                "t98"."required_joint",
                                "t98"."in_force",
                                "t98"."_end_unconfirmed",
                                "t98"."_point",
                                CAST(CAST("t98"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                              FROM (
                                SELECT
                                  "t97".*
                                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                FROM (
                                  SELECT
                                    "t96"."person_id",
                                    "t96"."benefit",
                                    "t96"."start_date",
                                    "t96"."end_date",
                                    "t96"."first_contact_date",
                                    "t96"."target_group",
                                    "t96"."first_absence_date",
                                    "t96"."sickness_category",
                                    "t96"."employed",
                                    "t96"."handover_date",
                                    "t96"."expected_absence_weeks",
                                    "t96"."work_obligation",
                                    "t96"."municipality",
                                    "t96"."early_followup_request_date",
                                    "t96"."education_order",
                                    "t96"."periods",
                                    "t96"."window_start",
                                    "t96"."required",
                                    "t96"."required_joint",
                                    "t96"."in_force",
                                    "t96"."_end_unconfirmed",
                                    "t96"."_plain",
                                    "t96"."_needed",
                                    "t96"."_ipid",
                                    "t96"."_ibenefit",
                                    "t96"."_istart",
                                    "t96"."_i_start",
                                    "t96"."_i_end",
                                    "t96"."_cum",
                                    CASE
                                      WHEN "t96"."_i_start" IS NOT NULL
                                      THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                      ELSE "t96"."_plain"
                                    END AS "_point"
                                  FROM (
                                    SELECT
                                      "t95"."person_id",
                                      "t95"."benefit",
                                      "t95"."start_date",
                                      "t95"."end_date",
                                      "t95"."first_contact_date",
                                      "t95"."target_group",
                                      "t95"."first_absence_date",
                                      "t95"."sickness_category",
                                      "t95"."employed",
                                      "t95"."handover_date",
                                      "t95"."expected_absence_weeks",
                                      "t95"."work_obligation",
                                      "t95"."municipality",
                                      "t95"."early_followup_request_date",
                                      "t95"."education_order",
                                      "t95"."periods",
                                      "t95"."window_start",
                                      "t95"."required",
                                      "t95"."required_joint",
                                      "t95"."in_force",
                                      "t95"."_end_unconfirmed",
                                      "t95"."_plain",
                                      "t95"."_needed",
                                      "t93"."_ipid",
                                      "t93"."_ibenefit",
                                      "t93"."_istart",
                                      "t93"."_i_start",
                                      "t93"."_i_end",
                                      "t93"."_cum"
                                    FROM (
                                      SELECT
                                        "t90"."person_id",
                                        "t90"."benefit",
                                        "t90"."start_date",
                                        "t90"."end_date",
                                        "t90"."first_contact_date",
                                        "t90"."target_group",
                                        "t90"."first_absence_date",
                                        "t90"."sickness_category",
                                        "t90"."employed",
                                        "t90"."handover_date",
                                        "t90"."expected_absence_weeks",
                                        "t90"."work_obligation",
                                        "t90"."municipality",
                                        "t90"."early_followup_request_date",
                                        "t90"."education_order",
                                        "t90"."periods",
                                        "t90"."start_date" AS "window_start",
                                        COALESCE(
                                          CASE
                                            WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 6
                                            WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) + COALESCE(0, 0) AS "required",
                                        CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                        (
                                          CASE
                                            WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 6
                                            WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        )
                                        AND (
                                          CASE
                                            WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        ) AS "in_force",
                                        COALESCE(
                                          (
                                            CASE
                                              WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t90"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 6
                                              WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NULL
                                          )
                                          AND COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN [
                                                  'kontanthjaelp:aktivitetsparat',
                                                  'kontanthjaelp:uddannelsesparat',
                                                  'uddannelseshjaelp:aktivitetsparat',
                                                  'uddannelseshjaelp:uddannelsesparat',
                                                  'jobafklaring',
                                                  'ressourceforloeb',
                                                  'revalidering'
                                                ]
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              "t90"."benefit"
                                            )
                                            OR ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t90"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN [
                                                  'kontanthjaelp:aktivitetsparat',
                                                  'kontanthjaelp:uddannelsesparat',
                                                  'uddannelseshjaelp:aktivitetsparat',
                                                  'uddannelseshjaelp:uddannelsesparat',
                                                  'jobafklaring',
                                                  'ressourceforloeb',
                                                  'revalidering'
                                                ]
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              CASE WHEN "t90"."benefit" IS NULL THEN NULL ELSE CONCAT("t90"."benefit", ':') END || COALESCE("t90"."target_group", '')
                                            ),
                                            FALSE
                                          ),
                                          FALSE
                                        ) AS "_end_unconfirmed",
                                        CAST(CAST("t90"."start_date" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                        DATE_DIFF(
                                          'DAY',
                                          "t90"."start_date",
                                          CAST(CAST("t90"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t90"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE)
                                        ) AS "_needed"
                                      FROM (
                                        SELECT
                                          "t83"."person_id",
                                          "t83"."benefit",
                                          "t83"."start_date",
                                          "t83"."end_date",
                                          "t83"."first_contact_date",
                                          "t83"."target_group",
                                          "t83"."first_absence_date",
                                          "t83"."sickness_category",
                                          "t83"."employed",
                                          "t83"."handover_date",
                                          "t83"."expected_absence_weeks",
                                          "t83"."work_obligation",
                                          "t83"."municipality",
                                          "t83"."early_followup_request_date",
                                          "t83"."education_order",
                                          "t83"."periods"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t79"."person_id",
                                              "t79"."benefit",
                                              "t79"."_key" AS "start_date",
                                              CASE
                                                WHEN "t79"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t79"."_end"
                                              END AS "end_date",
                                              "t6"."first_contact_date",
                                              "t6"."target_group",
                                              "t6"."first_absence_date",
                                              "t6"."sickness_category",
                                              "t6"."employed",
                                              "t6"."handover_date",
                                              "t6"."expected_absence_weeks",
                                              "t6"."work_obligation",
                                              "t6"."municipality",
                                              "t79"."early_followup_request_date",
                                              "t79"."education_order",
                                              "t79"."periods"
                                            FROM (
                                              SELECT
                                                "t76"."person_id",
                                                "t76"."benefit",
                                                "t76"."_key",
                                                MAX("t76"."_end") AS "_end",
                                                COUNT(*) AS "periods",
                                                FIRST("t76"."_rid" ORDER BY "t76"."start_date") AS "_first",
                                                MIN("t76"."early_followup_request_date") AS "early_followup_request_date",
                                                BOOL_OR(CAST(COALESCE("t76"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                              FROM "t75" AS "t76"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t79"
                                            INNER JOIN (
                                              SELECT
                                                "t2"."rowid" AS "_frid",
                                                "t2"."first_contact_date",
                                                "t2"."target_group",
                                                "t2"."first_absence_date",
                                                "t2"."sickness_category",
                                                "t2"."employed",
                                                "t2"."handover_date",
                                                "t2"."expected_absence_weeks",
                                                "t2"."work_obligation",
                                                "t2"."municipality"
                                              FROM "benefit_periods" AS "t2"
                                            ) AS "t6"
                                              ON "t79"."_first" = "t6"."_frid"
                                          ) AS "t80"
                                          WHERE
                                            "t80"."benefit" IN ('dagpenge')
                                        ) AS "t83"
                                        SEMI JOIN (
                                          SELECT
                                            "t86"."person_id" AS "_k_person_id",
                                            "t86"."benefit" AS "_k_benefit",
                                            "t86"."start_date" AS "_k_start_date"
                                          FROM (
                                            SELECT
                                              "t83"."person_id",
                                              "t83"."benefit",
                                              "t83"."start_date",
                                              "t83"."end_date",
                                              "t83"."first_contact_date",
                                              "t83"."target_group",
                                              "t83"."first_absence_date",
                                              "t83"."sickness_category",
                                              "t83"."employed",
                                              "t83"."handover_date",
                                              "t83"."expected_absence_weeks",
                                              "t83"."work_obligation",
                                              "t83"."municipality",
                                              "t83"."early_followup_request_date",
                                              "t83"."education_order",
                                              "t83"."periods"
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  "t79"."person_id",
                                                  "t79"."benefit",
                                                  "t79"."_key" AS "start_date",
                                                  CASE
                                                    WHEN "t79"."_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN CAST(NULL AS DATE)
                                                    ELSE "t79"."_end"
                                                  END AS "end_date",
                                                  "t6"."first_contact_date",
                                                  "t6"."target_group",
                                                  "t6"."first_absence_date",
                                                  "t6"."sickness_category",
                                                  "t6"."employed",
                                                  "t6"."handover_date",
                                                  "t6"."expected_absence_weeks",
                                                  "t6"."work_obligation",
                                                  "t6"."municipality",
                                                  "t79"."early_followup_request_date",
                                                  "t79"."education_order",
                                                  "t79"."periods"
                                                FROM (
                                                  SELECT
                                                    "t76"."person_id",
                                                    "t76"."benefit",
                                                    "t76"."_key",
                                                    MAX("t76"."_end") AS "_end",
                                                    COUNT(*) AS "periods",
                                                    FIRST("t76"."_rid" ORDER BY "t76"."start_date") AS "_first",
                                                    MIN("t76"."early_followup_request_date") AS "early_followup_request_date",
                                                    BOOL_OR(CAST(COALESCE("t76"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                  FROM "t75" AS "t76"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t79"
                                                INNER JOIN (
                                                  SELECT
                                                    "t2"."rowid" AS "_frid",
                                                    "t2"."first_contact_date",
                                                    "t2"."target_group",
                                                    "t2"."first_absence_date",
                                                    "t2"."sickness_category",
                                                    "t2"."employed",
                                                    "t2"."handover_date",
                                                    "t2"."expected_absence_weeks",
                                                    "t2"."work_obligation",
                                                    "t2"."municipality"
                                                  FROM "benefit_periods" AS "t2"
                                                ) AS "t6"
                                                  ON "t79"."_first" = "t6"."_frid"
                                              ) AS "t80"
                                              WHERE
                                                "t80"."benefit" IN ('dagpenge')
                                            ) AS "t83"
                                            SEMI JOIN (
                                              SELECT
                                                "t2"."person_id" AS "_mpid",
                                                "t2"."start_date" AS "_mstart"
                                              FROM "benefit_periods" AS "t2"
                                              WHERE
                                                "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                            ) AS "t10"
                                              ON "t83"."person_id" = "t10"."_mpid"
                                              AND "t10"."_mstart" >= "t83"."start_date"
                                              AND (
                                                (
                                                  "t83"."end_date" IS NULL
                                                ) OR (
                                                  "t10"."_mstart" <= "t83"."end_date"
                                                )
                                              )
                                          ) AS "t86"
                                          WHERE
                                            CASE
                                              WHEN "t86"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t86"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 6
                                              WHEN "t86"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                        ) AS "t89"
                                          ON "t83"."person_id" = "t89"."_k_person_id"
                                          AND "t83"."benefit" = "t89"."_k_benefit"
                                          AND "t83"."start_date" = "t89"."_k_start_date"
                                      ) AS "t90"
                                    ) AS "t95"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t91"."person_id" AS "_ipid",
                                        "t91"."benefit" AS "_ibenefit",
                                        "t91"."start_date" AS "_istart",
                                        "t91"."i_start" AS "_i_start",
                                        "t91"."i_end" AS "_i_end",
                                        "t91"."cum_before" AS "_cum"
                                      FROM (
                                        SELECT
                                          "t87"."person_id",
                                          "t87"."benefit",
                                          "t87"."_key" AS "start_date",
                                          "t87"."i_start",
                                          "t87"."i_end",
                                          CAST(COALESCE(
                                            SUM("t87"."_len") OVER (
                                              PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                              ORDER BY "t87"."i_start" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ),
                                            0
                                          ) AS INT) AS "cum_before"
                                        FROM (
                                          SELECT
                                            "t85"."person_id",
                                            "t85"."benefit",
                                            "t85"."_key",
                                            "t85"."_island",
                                            "t85"."i_start",
                                            "t85"."i_end",
                                            CASE
                                              WHEN "t85"."i_end" = MAKE_DATE(9999, 12, 31)
                                              THEN 0
                                              ELSE DATE_DIFF('DAY', "t85"."i_start", "t85"."i_end") + 1
                                            END AS "_len"
                                          FROM (
                                            SELECT
                                              "t84"."person_id",
                                              "t84"."benefit",
                                              "t84"."_key",
                                              "t84"."_island",
                                              MIN("t84"."start_date") AS "i_start",
                                              MAX("t84"."_end") AS "i_end"
                                            FROM (
                                              SELECT
                                                "t81"."person_id",
                                                "t81"."benefit",
                                                "t81"."start_date",
                                                "t81"."_end",
                                                "t81"."_key",
                                                "t81"."_acc",
                                                "t81"."_rid",
                                                "t81"."early_followup_request_date",
                                                "t81"."education_order",
                                                "t81"."_new",
                                                SUM("t81"."_new") OVER (
                                                  PARTITION BY "t81"."person_id", "t81"."benefit", "t81"."_key"
                                                  ORDER BY "t81"."start_date" ASC, "t81"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                ) AS "_island"
                                              FROM (
                                                SELECT
                                                  "t77"."person_id",
                                                  "t77"."benefit",
                                                  "t77"."start_date",
                                                  "t77"."_end",
                                                  "t77"."_key",
                                                  "t77"."_acc",
                                                  "t77"."_rid",
                                                  "t77"."early_followup_request_date",
                                                  "t77"."education_order",
                                                  CASE
                                                    WHEN MAX("t77"."_end") OVER (
                                                      PARTITION BY "t77"."person_id", "t77"."benefit", "t77"."_key"
                                                      ORDER BY "t77"."start_date" ASC, "t77"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) IS NULL
                                                    THEN 1
                                                    WHEN "t77"."start_date" > CAST(CAST(MAX("t77"."_end") OVER (
                                                      PARTITION BY "t77"."person_id", "t77"."benefit", "t77"."_key"
                                                      ORDER BY "t77"."start_date" ASC, "t77"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                    THEN 1
                                                    ELSE 0
                                                  END AS "_new"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM "t75" AS "t76"
                                                  WHERE
                                                    "t76"."_acc"
                                                ) AS "t77"
                                              ) AS "t81"
                                            ) AS "t84"
                                            GROUP BY
                                              1,
                                              2,
                                              3,
                                              4
                                          ) AS "t85"
                                        ) AS "t87"
                                      ) AS "t91"
                                    ) AS "t93"
                                      ON "t95"."person_id" = "t93"."_ipid"
                                      AND "t95"."benefit" = "t93"."_ibenefit"
                                      AND "t95"."start_date" = "t93"."_istart"
                                      AND "t93"."_cum" < "t95"."_needed"
                                      AND (
                                        (
                                          "t93"."_i_end" = MAKE_DATE(9999, 12, 31)
                                        )
                                        OR (
                                          (
                                            "t93"."_cum" + DATE_DIFF('DAY', "t93"."_i_start", "t93"."_i_end") + 1
                                          ) >= "t95"."_needed"
                                        )
                                      )
                                  ) AS "t96"
                                ) AS "t97"
                              ) AS "t98"
                            ) AS "t99"
                          ) AS "t100"
                        ) AS "t103"
                        INNER JOIN (
                          SELECT
                            "t0"."person_id" AS "_pid",
                            "t0"."start_date" AS "_ex_start",
                            "t0"."end_date" AS "_ex_end",
                            "t0"."reason" AS "_ex_reason"
                          FROM "exemptions" AS "t0"
                          WHERE
                            "t0"."start_date" <= CAST($as_of AS DATE)
                        ) AS "t8"
                          ON "t103"."person_id" = "t8"."_pid"
                          AND "t8"."_ex_start" <= "t103"."_to"
                          AND "t8"."_ex_end" >= "t103"."_from"
                      ) AS "t104"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t106"
                      ON "t101"."person_id" = "t106"."person_id"
                      AND "t101"."benefit" = "t106"."benefit"
                      AND "t101"."start_date" = "t106"."start_date"
                  ) AS "t107"
                ) AS "t108"
              ) AS "t115"
                ON "t117"."person_id" = "t115"."person_id"
                AND "t117"."benefit" = "t115"."benefit"
                AND "t117"."start_date" = "t115"."start_date"
            ) AS "t118"
            WHERE
              "t118"."_n" > 0
          ) AS "t119"
          GROUP BY
            1,
            2,
            3
        ) AS "t120"
      ) AS "t122"
        ON "t114"."person_id" = "t122"."person_id"
        AND "t114"."benefit" = "t122"."benefit"
        AND "t114"."start_date" = "t122"."start_date"
    ) AS "t123"
  ) AS "t124"
) AS "t125"
