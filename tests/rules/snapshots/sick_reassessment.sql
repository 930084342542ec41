WITH "t6" AS (
  SELECT
    "t1"."person_id",
    "t1"."benefit",
    "t1"."start_date",
    "t1"."target_group",
    "t1"."early_followup_request_date",
    "t1"."education_order",
    "t1"."rowid" AS "_rid",
    CASE
      WHEN (
        "t1"."end_date" IS NULL
      ) OR (
        "t1"."end_date" > CAST($as_of AS DATE)
      )
      THEN MAKE_DATE(9999, 12, 31)
      ELSE "t1"."end_date"
    END AS "_end",
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t1"."start_date" >= MAKE_DATE(2020, 1, 1)
          THEN ['dagpenge']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t1"."benefit"
      ),
      FALSE
    ) AS "_acc"
  FROM "benefit_periods" AS "t1"
  WHERE
    "t1"."start_date" <= CAST($as_of AS DATE)
), "t9" AS (
  SELECT
    "t7"."person_id",
    COUNT(*) AS "_rows"
  FROM "t6" AS "t7"
  GROUP BY
    1
), "t23" AS (
  SELECT
    *
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
      "t21"."_new",
      "t21"."_spell_start"
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
        "t20"."_switch",
        "t20"."_run",
        "t20"."_new",
        MAX(CASE WHEN "t20"."_new" = 1 THEN "t20"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
          PARTITION BY "t20"."person_id"
          ORDER BY "t20"."start_date" ASC, "t20"."benefit" ASC, "t20"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_spell_start"
      FROM (
        SELECT
          "t19"."person_id",
          "t19"."benefit",
          "t19"."start_date",
          "t19"."target_group",
          "t19"."early_followup_request_date",
          "t19"."education_order",
          "t19"."_rid",
          "t19"."_end",
          "t19"."_acc",
          "t19"."_switch",
          "t19"."_run",
          CASE
            WHEN (
              "t19"."_switch" = 1
            )
            OR (
              (
                MAX("t19"."_end") OVER (
                  PARTITION BY "t19"."person_id", "t19"."_run"
                  ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NOT NULL
              )
              AND (
                MAX("t19"."_end") OVER (
                  PARTITION BY "t19"."person_id", "t19"."_run"
                  ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) < MAKE_DATE(9999, 12, 31)
              )
              AND (
                "t19"."start_date" > CAST(CAST(MAX("t19"."_end") OVER (
                  PARTITION BY "t19"."person_id", "t19"."_run"
                  ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
              )
              AND (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t19"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN ['sygedagpenge']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t19"."benefit"
                  ),
                  FALSE
                )
                OR (
                  (
                    CASE
                      WHEN "t19"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  )
                  AND (
                    "t19"."start_date" >= CAST(CAST(CASE
                      WHEN EXTRACT(day FROM CAST(CAST(MAX("t19"."_end") OVER (
                        PARTITION BY "t19"."person_id", "t19"."_run"
                        ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                      THEN CAST(CAST(MAX("t19"."_end") OVER (
                        PARTITION BY "t19"."person_id", "t19"."_run"
                        ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ELSE CAST(CAST(DATE_TRUNC(
                        'MONTH',
                        CAST(CAST(MAX("t19"."_end") OVER (
                          PARTITION BY "t19"."person_id", "t19"."_run"
                          ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                    END + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t19"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                  WHEN "t19"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                  ELSE CAST(NULL AS TEXT[])
                END,
                LAG("t19"."target_group") OVER (
                  PARTITION BY "t19"."person_id", "t19"."_run"
                  ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) || CASE
                  WHEN "t19"."target_group" IS NULL
                  THEN NULL
                  ELSE CONCAT('>', "t19"."target_group")
                END
              ),
              FALSE
            )
            THEN 1
            ELSE 0
          END AS "_new"
        FROM (
          SELECT
            "t18"."person_id",
            "t18"."benefit",
            "t18"."start_date",
            "t18"."target_group",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_rid",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            SUM("t18"."_switch") OVER (
              PARTITION BY "t18"."person_id"
              ORDER BY "t18"."start_date" ASC, "t18"."benefit" ASC, "t18"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) AS "_run"
          FROM (
            SELECT
              "t16"."person_id",
              "t16"."benefit",
              "t16"."start_date",
              "t16"."target_group",
              "t16"."early_followup_request_date",
              "t16"."education_order",
              "t16"."_rid",
              "t16"."_end",
              "t16"."_acc",
              CASE
                WHEN LAG("t16"."benefit") OVER (
                  PARTITION BY "t16"."person_id"
                  ORDER BY "t16"."start_date" ASC, "t16"."benefit" ASC, "t16"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) IS NULL
                THEN 1
                WHEN LAG("t16"."benefit") OVER (
                  PARTITION BY "t16"."person_id"
                  ORDER BY "t16"."start_date" ASC, "t16"."benefit" ASC, "t16"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) <> "t16"."benefit"
                THEN 1
                ELSE 0
              END AS "_switch"
            FROM (
              SELECT
                "t8"."person_id",
                "t8"."benefit",
                "t8"."start_date",
                "t8"."target_group",
                "t8"."early_followup_request_date",
                "t8"."education_order",
                "t8"."_rid",
                "t8"."_end",
                "t8"."_acc"
              FROM "t6" AS "t8"
              SEMI JOIN (
                SELECT
                  *
                FROM "t9" AS "t10"
                WHERE
                  "t10"."_rows" > 1
              ) AS "t14"
                ON "t8"."person_id" = "t14"."person_id"
            ) AS "t16"
          ) AS "t18"
        ) AS "t19"
      ) AS "t20"
    ) AS "t21"
  ) AS "t22"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t15"."person_id",
      "t15"."benefit",
      "t15"."start_date",
      "t15"."target_group",
      "t15"."early_followup_request_date",
      "t15"."education_order",
      "t15"."_rid",
      "t15"."_end",
      "t15"."_acc",
      1 AS "_new",
      "t15"."start_date" AS "_spell_start"
    FROM (
      SELECT
        "t8"."person_id",
        "t8"."benefit",
        "t8"."start_date",
        "t8"."target_group",
        "t8"."early_followup_request_date",
        "t8"."education_order",
        "t8"."_rid",
        "t8"."_end",
        "t8"."_acc"
      FROM "t6" AS "t8"
      SEMI JOIN (
        SELECT
          *
        FROM "t9" AS "t10"
        WHERE
          "t10"."_rows" = 1
      ) AS "t13"
        ON "t8"."person_id" = "t13"."person_id"
    ) AS "t15"
  ) AS "t17"
), "t25" AS (
  SELECT
    *
  FROM "t23" AS "t24"
  WHERE
    "t24"."_acc"
), "t29" AS (
  SELECT
    "t27"."person_id",
    "t27"."benefit",
    MIN("t27"."start_date") AS "c1"
  FROM "t25" AS "t27"
  GROUP BY
    1,
    2
), "t38" AS (
  SELECT
    "t37"."person_id",
    "t37"."benefit",
    "t37"."c1",
    "t37"."c2"
  FROM (
    SELECT
      "t31"."person_id",
      "t31"."benefit",
      "t31"."c1",
      "t36"."person_id" AS "person_id_right",
      "t36"."benefit" AS "benefit_right",
      "t36"."c2"
    FROM "t29" AS "t31"
    LEFT OUTER JOIN (
      SELECT
        "t34"."person_id",
        "t34"."benefit",
        MIN("t34"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t28"."person_id",
            "t28"."benefit",
            "t28"."start_date",
            "t28"."target_group",
            "t28"."early_followup_request_date",
            "t28"."education_order",
            "t28"."_rid",
            "t28"."_end",
            "t28"."_acc",
            "t28"."_new",
            "t28"."_spell_start",
            "t32"."c1"
          FROM "t25" AS "t28"
          INNER JOIN "t29" AS "t32"
            ON "t28"."person_id" = "t32"."person_id" AND "t28"."benefit" = "t32"."benefit"
        ) AS "t33"
        WHERE
          "t33"."start_date" >= CAST(CAST("t33"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t33"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t34"
      GROUP BY
        1,
        2
    ) AS "t36"
      ON "t31"."person_id" = "t36"."person_id" AND "t31"."benefit" = "t36"."benefit"
  ) AS "t37"
), "t47" AS (
  SELECT
    "t46"."person_id",
    "t46"."benefit",
    "t46"."c1",
    "t46"."c2",
    "t46"."c3"
  FROM (
    SELECT
      "t40"."person_id",
      "t40"."benefit",
      "t40"."c1",
      "t40"."c2",
      "t45"."person_id" AS "person_id_right",
      "t45"."benefit" AS "benefit_right",
      "t45"."c3"
    FROM "t38" AS "t40"
    LEFT OUTER JOIN (
      SELECT
        "t43"."person_id",
        "t43"."benefit",
        MIN("t43"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t28"."person_id",
            "t28"."benefit",
            "t28"."start_date",
            "t28"."target_group",
            "t28"."early_followup_request_date",
            "t28"."education_order",
            "t28"."_rid",
            "t28"."_end",
            "t28"."_acc",
            "t28"."_new",
            "t28"."_spell_start",
            "t41"."c1",
            "t41"."c2"
          FROM "t25" AS "t28"
          INNER JOIN "t38" AS "t41"
            ON "t28"."person_id" = "t41"."person_id" AND "t28"."benefit" = "t41"."benefit"
        ) AS "t42"
        WHERE
          "t42"."start_date" >= CAST(CAST("t42"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t42"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t43"
      GROUP BY
        1,
        2
    ) AS "t45"
      ON "t40"."person_id" = "t45"."person_id" AND "t40"."benefit" = "t45"."benefit"
  ) AS "t46"
), "t73" AS (
  SELECT
    "t72"."person_id",
    "t72"."benefit",
    "t72"."_key" AS "start_date",
    CASE
      WHEN "t72"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t72"."_end"
    END AS "end_date",
    "t4"."first_contact_date",
    "t4"."target_group",
    "t4"."first_absence_date",
    "t4"."sickness_category",
    "t4"."employed",
    "t4"."handover_date",
    "t4"."expected_absence_weeks",
    "t4"."work_obligation",
    "t4"."municipality",
    "t72"."early_followup_request_date",
    "t72"."education_order",
    "t72"."periods"
  FROM (
    SELECT
      "t70"."person_id",
      "t70"."benefit",
      "t70"."_key",
      MAX("t70"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t70"."_rid" ORDER BY "t70"."start_date") AS "_first",
      MIN("t70"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t70"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t24"."person_id",
          "t24"."benefit",
          "t24"."start_date",
          "t24"."_end",
          "t24"."_spell_start" AS "_key",
          "t24"."_acc",
          "t24"."_rid",
          "t24"."early_followup_request_date",
          "t24"."education_order"
        FROM "t23" AS "t24"
        WHERE
          NOT (
            "t24"."_acc"
          )
      ) AS "t26"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t68"."person_id",
          "t68"."benefit",
          "t68"."start_date",
          "t68"."_end",
          "t68"."_key",
          "t68"."_acc",
          "t68"."_rid",
          "t68"."early_followup_request_date",
          "t68"."education_order"
        FROM (
          SELECT
            "t67".*
            EXCLUDE ("c1", "c2", "c3", "c4", "c5")
          FROM (
            SELECT
              "t66"."person_id",
              "t66"."benefit",
              "t66"."start_date",
              "t66"."target_group",
              "t66"."early_followup_request_date",
              "t66"."education_order",
              "t66"."_rid",
              "t66"."_end",
              "t66"."_acc",
              "t66"."_new",
              "t66"."_spell_start",
              "t66"."c1",
              "t66"."c2",
              "t66"."c3",
              "t66"."c4",
              "t66"."c5",
              GREATEST(
                CASE
                  WHEN "t66"."c1" <= "t66"."start_date"
                  THEN "t66"."c1"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t66"."c2" <= "t66"."start_date"
                  THEN "t66"."c2"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t66"."c3" <= "t66"."start_date"
                  THEN "t66"."c3"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t66"."c4" <= "t66"."start_date"
                  THEN "t66"."c4"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t66"."c5" <= "t66"."start_date"
                  THEN "t66"."c5"
                  ELSE CAST(NULL AS DATE)
                END
              ) AS "_key"
            FROM (
              SELECT
                "t28"."person_id",
                "t28"."benefit",
                "t28"."start_date",
                "t28"."target_group",
                "t28"."early_followup_request_date",
                "t28"."education_order",
                "t28"."_rid",
                "t28"."_end",
                "t28"."_acc",
                "t28"."_new",
                "t28"."_spell_start",
                "t65"."c1",
                "t65"."c2",
                "t65"."c3",
                "t65"."c4",
                "t65"."c5"
              FROM "t25" AS "t28"
              INNER JOIN (
                SELECT
                  "t63".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t57"."person_id",
                    "t57"."benefit",
                    "t57"."c1",
                    "t57"."c2",
                    "t57"."c3",
                    "t57"."c4",
                    "t62"."person_id" AS "person_id_right",
                    "t62"."benefit" AS "benefit_right",
                    "t62"."c5"
                  FROM (
                    SELECT
                      "t55".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t49"."person_id",
                        "t49"."benefit",
                        "t49"."c1",
                        "t49"."c2",
                        "t49"."c3",
                        "t54"."person_id" AS "person_id_right",
                        "t54"."benefit" AS "benefit_right",
                        "t54"."c4"
                      FROM "t47" AS "t49"
                      LEFT OUTER JOIN (
                        SELECT
                          "t52"."person_id",
                          "t52"."benefit",
                          MIN("t52"."start_date") AS "c4"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t28"."person_id",
                              "t28"."benefit",
                              "t28"."start_date",
                              "t28"."target_group",
                              "t28"."early_followup_request_date",
                              "t28"."education_order",
                              "t28"."_rid",
                              "t28"."_end",
                              "t28"."_acc",
                              "t28"."_new",
                              "t28"."_spell_start",
                              "t50"."c1",
                              "t50"."c2",
                              "t50"."c3"
                            FROM "t25" AS "t28"
                            INNER JOIN "t47" AS "t50"
                              ON "t28"."person_id" = "t50"."person_id" AND "t28"."benefit" = "t50"."benefit"
                          ) AS "t51"
                          WHERE
                            "t51"."start_date" >= CAST(CAST("t51"."c3" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t51"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t52"
                        GROUP BY
                          1,
                          2
                      ) AS "t54"
                        ON "t49"."person_id" = "t54"."person_id" AND "t49"."benefit" = "t54"."benefit"
                    ) AS "t55"
                  ) AS "t57"
                  LEFT OUTER JOIN (
                    SELECT
                      "t60"."person_id",
                      "t60"."benefit",
                      MIN("t60"."start_date") AS "c5"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t28"."person_id",
                          "t28"."benefit",
                          "t28"."start_date",
                          "t28"."target_group",
                          "t28"."early_followup_request_date",
                          "t28"."education_order",
                          "t28"."_rid",
                          "t28"."_end",
                          "t28"."_acc",
                          "t28"."_new",
                          "t28"."_spell_start",
                          "t58"."c1",
                          "t58"."c2",
                          "t58"."c3",
                          "t58"."c4"
                        FROM "t25" AS "t28"
                        INNER JOIN (
                          SELECT
                            "t55".*
                            EXCLUDE ("benefit_right", "person_id_right")
                          FROM (
                            SELECT
                              "t49"."person_id",
                              "t49"."benefit",
                              "t49"."c1",
                              "t49"."c2",
                              "t49"."c3",
                              "t54"."person_id" AS "person_id_right",
                              "t54"."benefit" AS "benefit_right",
                              "t54"."c4"
                            FROM "t47" AS "t49"
                            LEFT OUTER JOIN (
                              SELECT
                                "t52"."person_id",
                                "t52"."benefit",
                                MIN("t52"."start_date") AS "c4"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t28"."person_id",
                                    "t28"."benefit",
                                    "t28"."start_date",
                                    "t28"."target_group",
                                    "t28"."early_followup_request_date",
                                    "t28"."education_order",
                                    "t28"."_rid",
                                    "t28"."_end",
                                    "t28"."_acc",
                                    "t28"."_new",
                                    "t28"."_spell_start",
                                    "t50"."c1",
                                    "t50"."c2",
                                    "t50"."c3"
                                  FROM "t25" AS "t28"
                                  INNER JOIN "t47" AS "t50"
                                    ON "t28"."person_id" = "t50"."person_id" AND "t28"."benefit" = "t50"."benefit"
                                ) AS "t51"
                                WHERE
                                  "t51"."start_date" >= CAST(CAST("t51"."c3" + TO_MONTHS(
                                    COALESCE(
                                      CASE WHEN "t51"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                              ) AS "t52"
                              GROUP BY
                                1,
                                2
                            ) AS "t54"
                              ON "t49"."person_id" = "t54"."person_id" AND "t49"."benefit" = "t54"."benefit"
                          ) AS "t55"
                        ) AS "t58"
                          ON "t28"."person_id" = "t58"."person_id" AND "t28"."benefit" = "t58"."benefit"
                      ) AS "t59"
                      WHERE
                        "t59"."start_date" >= CAST(CAST("t59"."c4" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t59"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t60"
                    GROUP BY
                      1,
                      2
                  ) AS "t62"
                    ON "t57"."person_id" = "t62"."person_id" AND "t57"."benefit" = "t62"."benefit"
                ) AS "t63"
              ) AS "t65"
                ON "t28"."person_id" = "t65"."person_id" AND "t28"."benefit" = "t65"."benefit"
            ) AS "t66"
          ) AS "t67"
        ) AS "t68"
      ) AS "t69"
    ) AS "t70"
    GROUP BY
      1,
      2,
      3
  ) AS "t72"
  INNER JOIN (
    SELECT
      "t1"."rowid" AS "_frid",
      "t1"."first_contact_date",
      "t1"."target_group",
      "t1"."first_absence_date",
      "t1"."sickness_category",
      "t1"."employed",
      "t1"."handover_date",
      "t1"."expected_absence_weeks",
      "t1"."work_obligation",
      "t1"."municipality"
    FROM "benefit_periods" AS "t1"
  ) AS "t4"
    ON "t72"."_first" = "t4"."_frid"
), "t78" AS (
  SELECT
    "t74"."person_id",
    "t74"."benefit",
    "t74"."start_date",
    "t74"."end_date",
    "t74"."first_contact_date",
    "t74"."target_group",
    "t74"."first_absence_date",
    "t74"."sickness_category",
    "t74"."employed",
    "t74"."handover_date",
    "t74"."expected_absence_weeks",
    "t74"."work_obligation",
    "t74"."municipality",
    "t74"."early_followup_request_date",
    "t74"."education_order",
    "t74"."periods",
    COALESCE("t74"."first_absence_date", "t74"."start_date") AS "window_start",
    CASE
      WHEN COALESCE("t74"."first_absence_date", "t74"."start_date") >= MAKE_DATE(2014, 7, 1)
      THEN 22
      ELSE CAST(NULL AS BIGINT)
    END AS "_weeks",
    CASE
      WHEN COALESCE("t74"."employed", FALSE)
      THEN CAST(CAST(COALESCE("t74"."first_absence_date", "t74"."start_date") + TO_DAYS(
        COALESCE(
          CASE
            WHEN COALESCE("t74"."first_absence_date", "t74"."start_date") >= MAKE_DATE(2014, 7, 1)
            THEN 30
            ELSE CAST(NULL AS BIGINT)
          END,
          0
        )
      ) AS TIMESTAMP) AS DATE)
      ELSE COALESCE("t74"."first_absence_date", "t74"."start_date")
    END AS "count_start"
  FROM "t73" AS "t74"
  WHERE
    "t74"."benefit" IN ('sygedagpenge')
)
SELECT
  "t99"."person_id",
  "t99"."benefit",
  'sick_reassessment' AS "kind",
  'sick_reassessment' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t99"."window_start" >= MAKE_DATE(2014, 7, 1)
    THEN 'Sygedagpengeloven § 24, stk. 1 (ændringslov nr. 720 af 25.6.2014)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t99"."window_start",
  CASE
    WHEN COALESCE("t99"."is_applicable", FALSE)
    THEN "t99"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t99"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t99"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t99"."fulfilled_date" <= "t99"."due_date"
    )
    THEN 'met'
    WHEN "t99"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t99"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t99"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t99"."is_applicable", FALSE)
    THEN "t99"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t99"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t99"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t99"."fulfilled_date" > "t99"."due_date"
    )
    THEN DATE_DIFF('DAY', "t99"."due_date", "t99"."fulfilled_date")
    WHEN NOT (
      "t99"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t99"."is_exempt", FALSE)
    )
    AND (
      "t99"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t99"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t99"."is_applicable", FALSE)
              THEN "t99"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t99"."window_start"
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
              WHEN COALESCE("t99"."is_applicable", FALSE)
              THEN "t99"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t99"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_reassessment'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t99"."evidence", '') AS "evidence"
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
    "t98"."_weeks",
    "t98"."count_start",
    "t98"."earlier_days",
    "t98"."exceeded",
    "t98"."due_date",
    "t98"."fulfilled_date",
    "t98"."held_text",
    (
      "t98"."_weeks" IS NOT NULL
    )
    AND NOT (
      (
        "t98"."end_date" IS NOT NULL
      ) AND (
        "t98"."end_date" < "t98"."exceeded"
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t98"."_weeks" IS NULL
      THEN 'reglen var ikke i kraft på første fraværsdag'
      WHEN (
        "t98"."end_date" IS NOT NULL
      ) AND (
        "t98"."end_date" < "t98"."exceeded"
      )
      THEN CASE
        WHEN CAST("t98"."end_date" AS TEXT) IS NULL OR CAST("t98"."exceeded" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'sygedagpengeforløbet sluttede ',
          CAST("t98"."end_date" AS TEXT),
          ', før 22 uger blev overskredet ',
          CAST("t98"."exceeded" AS TEXT)
        )
      END
      WHEN "t98"."fulfilled_date" IS NOT NULL
      THEN CASE
        WHEN "t98"."held_text" IS NULL
        OR CAST("t98"."exceeded" AS TEXT) IS NULL
        OR CAST("t98"."count_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          "t98"."held_text",
          '; ',
          '22 uger overskrides ',
          CAST("t98"."exceeded" AS TEXT),
          ' (opgjort fra ',
          CAST("t98"."count_start" AS TEXT)
        )
      END || CASE
        WHEN "t98"."earlier_days" > 0
        THEN CASE
          WHEN CAST("t98"."earlier_days" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            ', heraf ',
            CAST("t98"."earlier_days" AS TEXT),
            ' dage fra tidligere sygeperioder inden for '
          )
        END || CAST(CASE
          WHEN "t98"."window_start" >= MAKE_DATE(2014, 7, 1)
          THEN 9
          ELSE CAST(NULL AS BIGINT)
        END AS TEXT) || ' måneder'
        ELSE ''
      END || CASE
        WHEN CAST("t98"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('); udbetalingen ophører efter ', CAST("t98"."due_date" AS TEXT))
      END
      ELSE CASE
        WHEN CAST("t98"."exceeded" AS TEXT) IS NULL
        OR CAST("t98"."count_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'ingen revurdering; ',
          '22 uger overskrides ',
          CAST("t98"."exceeded" AS TEXT),
          ' (opgjort fra ',
          CAST("t98"."count_start" AS TEXT)
        )
      END || CASE
        WHEN "t98"."earlier_days" > 0
        THEN CASE
          WHEN CAST("t98"."earlier_days" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            ', heraf ',
            CAST("t98"."earlier_days" AS TEXT),
            ' dage fra tidligere sygeperioder inden for '
          )
        END || CAST(CASE
          WHEN "t98"."window_start" >= MAKE_DATE(2014, 7, 1)
          THEN 9
          ELSE CAST(NULL AS BIGINT)
        END AS TEXT) || ' måneder'
        ELSE ''
      END || CASE
        WHEN CAST("t98"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('); udbetalingen ophører efter ', CAST("t98"."due_date" AS TEXT))
      END
    END AS "evidence"
  FROM (
    SELECT
      "t97".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
        "t96"."_weeks",
        "t96"."count_start",
        "t96"."earlier_days",
        "t96"."exceeded",
        "t96"."due_date",
        "t83"."person_id" AS "person_id_right",
        "t83"."benefit" AS "benefit_right",
        "t83"."start_date" AS "start_date_right",
        "t83"."fulfilled_date",
        "t83"."held_text"
      FROM (
        SELECT
          "t94"."person_id",
          "t94"."benefit",
          "t94"."start_date",
          "t94"."end_date",
          "t94"."first_contact_date",
          "t94"."target_group",
          "t94"."first_absence_date",
          "t94"."sickness_category",
          "t94"."employed",
          "t94"."handover_date",
          "t94"."expected_absence_weeks",
          "t94"."work_obligation",
          "t94"."municipality",
          "t94"."early_followup_request_date",
          "t94"."education_order",
          "t94"."periods",
          "t94"."window_start",
          "t94"."_weeks",
          "t94"."count_start",
          "t94"."earlier_days",
          CAST(CAST("t94"."count_start" + TO_DAYS((
            COALESCE("t94"."_weeks", 0) * 7
          ) - "t94"."earlier_days") AS TIMESTAMP) AS DATE) AS "exceeded",
          CAST(CAST(CAST(CAST(DATE_TRUNC(
            'MONTH',
            CAST(CAST("t94"."count_start" + TO_DAYS((
              COALESCE("t94"."_weeks", 0) * 7
            ) - "t94"."earlier_days") AS TIMESTAMP) AS DATE)
          ) + TO_MONTHS(
            CASE
              WHEN CASE
                WHEN "t94"."window_start" >= MAKE_DATE(2014, 7, 1)
                THEN 'current_month_included'
                ELSE CAST(NULL AS TEXT)
              END = 'preceding_months_only'
              THEN 1
              ELSE 0
            END + 1
          ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t93".*
            EXCLUDE ("_from")
          FROM (
            SELECT
              "t92"."person_id",
              "t92"."benefit",
              "t92"."start_date",
              "t92"."end_date",
              "t92"."first_contact_date",
              "t92"."target_group",
              "t92"."first_absence_date",
              "t92"."sickness_category",
              "t92"."employed",
              "t92"."handover_date",
              "t92"."expected_absence_weeks",
              "t92"."work_obligation",
              "t92"."municipality",
              "t92"."early_followup_request_date",
              "t92"."education_order",
              "t92"."periods",
              "t92"."window_start",
              "t92"."_weeks",
              "t92"."count_start",
              "t92"."_from",
              CAST(COALESCE("t92"."earlier_days", 0) AS INT) AS "earlier_days"
            FROM (
              SELECT
                "t91".*
                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
              FROM (
                SELECT
                  "t86"."person_id",
                  "t86"."benefit",
                  "t86"."start_date",
                  "t86"."end_date",
                  "t86"."first_contact_date",
                  "t86"."target_group",
                  "t86"."first_absence_date",
                  "t86"."sickness_category",
                  "t86"."employed",
                  "t86"."handover_date",
                  "t86"."expected_absence_weeks",
                  "t86"."work_obligation",
                  "t86"."municipality",
                  "t86"."early_followup_request_date",
                  "t86"."education_order",
                  "t86"."periods",
                  "t86"."window_start",
                  "t86"."_weeks",
                  "t86"."count_start",
                  "t86"."_from",
                  "t90"."person_id" AS "person_id_right",
                  "t90"."benefit" AS "benefit_right",
                  "t90"."start_date" AS "start_date_right",
                  "t90"."earlier_days"
                FROM (
                  SELECT
                    "t79"."person_id",
                    "t79"."benefit",
                    "t79"."start_date",
                    "t79"."end_date",
                    "t79"."first_contact_date",
                    "t79"."target_group",
                    "t79"."first_absence_date",
                    "t79"."sickness_category",
                    "t79"."employed",
                    "t79"."handover_date",
                    "t79"."expected_absence_weeks",
                    "t79"."work_obligation",
                    "t79"."municipality",
                    "t79"."early_followup_request_date",
                    "t79"."education_order",
                    "t79"."periods",
                    "t79"."window_start",
                    "t79"."_weeks",
                    "t79"."count_start",
                    CAST(CAST(DATE_TRUNC('MONTH', "t79"."count_start") + TO_MONTHS(
                      -(
                        COALESCE(
                          CASE
                            WHEN "t79"."window_start" >= MAKE_DATE(2014, 7, 1)
                            THEN 9
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_from"
                  FROM "t78" AS "t79"
                ) AS "t86"
                LEFT OUTER JOIN (
                  SELECT
                    "t88"."person_id",
                    "t88"."benefit",
                    "t88"."start_date",
                    SUM(
                      CASE
                        WHEN LEAST("t88"."_end", CAST(CAST("t88"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE)) >= GREATEST("t88"."_cs", "t88"."_from")
                        THEN DATE_DIFF(
                          'DAY',
                          GREATEST("t88"."_cs", "t88"."_from"),
                          LEAST("t88"."_end", CAST(CAST("t88"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE))
                        ) + 1
                        ELSE 0
                      END
                    ) AS "earlier_days"
                  FROM (
                    SELECT
                      "t87"."person_id",
                      "t87"."benefit",
                      "t87"."start_date",
                      "t87"."_from",
                      "t87"."_cs_now",
                      "t87"."_adds",
                      "t82"."_pid",
                      "t82"."_cs",
                      "t82"."_ws2",
                      "t82"."_end"
                    FROM (
                      SELECT
                        "t79"."person_id",
                        "t79"."benefit",
                        "t79"."start_date",
                        CAST(CAST(DATE_TRUNC('MONTH', "t79"."count_start") + TO_MONTHS(
                          -(
                            COALESCE(
                              CASE
                                WHEN "t79"."window_start" >= MAKE_DATE(2014, 7, 1)
                                THEN 9
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          )
                        ) AS TIMESTAMP) AS DATE) AS "_from",
                        "t79"."count_start" AS "_cs_now",
                        COALESCE(
                          CASE
                            WHEN "t79"."window_start" >= MAKE_DATE(2014, 7, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        ) AS "_adds"
                      FROM "t78" AS "t79"
                    ) AS "t87"
                    INNER JOIN (
                      SELECT
                        "t79"."person_id" AS "_pid",
                        "t79"."count_start" AS "_cs",
                        "t79"."window_start" AS "_ws2",
                        "t79"."end_date" AS "_end"
                      FROM "t78" AS "t79"
                      WHERE
                        "t79"."end_date" IS NOT NULL
                    ) AS "t82"
                      ON "t87"."person_id" = "t82"."_pid"
                      AND "t82"."_ws2" < "t87"."start_date"
                      AND "t82"."_end" >= "t87"."_from"
                      AND "t87"."_adds"
                  ) AS "t88"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t90"
                  ON "t86"."person_id" = "t90"."person_id"
                  AND "t86"."benefit" = "t90"."benefit"
                  AND "t86"."start_date" = "t90"."start_date"
              ) AS "t91"
            ) AS "t92"
          ) AS "t93"
        ) AS "t94"
      ) AS "t96"
      LEFT OUTER JOIN (
        SELECT
          "t77"."person_id",
          "t77"."benefit",
          "t77"."start_date",
          MIN("t77"."date") AS "fulfilled_date",
          'revurdering ' || CAST(MIN("t77"."date") AS TEXT) || ' (' || FIRST("t77"."outcome" ORDER BY "t77"."date") || ')' AS "held_text"
        FROM (
          SELECT
            "t76"."person_id",
            "t76"."benefit",
            "t76"."start_date",
            "t76"."_ws",
            "t5"."person_id" AS "person_id_right",
            "t5"."date",
            "t5"."outcome"
          FROM (
            SELECT
              "t74"."person_id",
              "t74"."benefit",
              "t74"."start_date",
              COALESCE("t74"."first_absence_date", "t74"."start_date") AS "_ws"
            FROM "t73" AS "t74"
            WHERE
              "t74"."benefit" IN ('sygedagpenge')
          ) AS "t76"
          INNER JOIN (
            SELECT
              *
            FROM "reassessments" AS "t0"
            WHERE
              "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t5"
            ON "t76"."person_id" = "t5"."person_id" AND "t5"."date" >= "t76"."_ws"
        ) AS "t77"
        GROUP BY
          1,
          2,
          3
      ) AS "t83"
        ON "t96"."person_id" = "t83"."person_id"
        AND "t96"."benefit" = "t83"."benefit"
        AND "t96"."start_date" = "t83"."start_date"
    ) AS "t97"
  ) AS "t98"
) AS "t99"
