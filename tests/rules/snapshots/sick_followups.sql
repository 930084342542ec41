WITH "t15" AS (
  SELECT
    "t14"."person_id",
    "t14"."benefit",
    "t14"."start_date",
    "t14"."target_group",
    "t14"."early_followup_request_date",
    "t14"."education_order",
    "t14"."_rid",
    "t14"."_end",
    "t14"."_acc",
    "t14"."_switch",
    "t14"."_run",
    "t14"."_new",
    MAX(CASE WHEN "t14"."_new" = 1 THEN "t14"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t14"."person_id"
      ORDER BY "t14"."start_date" ASC, "t14"."benefit" ASC, "t14"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
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
      "t13"."_acc",
      "t13"."_switch",
      "t13"."_run",
      CASE
        WHEN (
          "t13"."_switch" = 1
        )
        OR (
          (
            MAX("t13"."_end") OVER (
              PARTITION BY "t13"."person_id", "t13"."_run"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t13"."_end") OVER (
              PARTITION BY "t13"."person_id", "t13"."_run"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t13"."start_date" > CAST(CAST(MAX("t13"."_end") OVER (
              PARTITION BY "t13"."person_id", "t13"."_run"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t13"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t13"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t13"."_end") OVER (
                    PARTITION BY "t13"."person_id", "t13"."_run"
                    ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t13"."_end") OVER (
                    PARTITION BY "t13"."person_id", "t13"."_run"
                    ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t13"."_end") OVER (
                      PARTITION BY "t13"."person_id", "t13"."_run"
                      ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
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
              WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t13"."target_group") OVER (
              PARTITION BY "t13"."person_id", "t13"."_run"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || CASE
              WHEN "t13"."target_group" IS NULL
              THEN NULL
              ELSE CONCAT('>', "t13"."target_group")
            END
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
      SELECT
        "t12"."person_id",
        "t12"."benefit",
        "t12"."start_date",
        "t12"."target_group",
        "t12"."early_followup_request_date",
        "t12"."education_order",
        "t12"."_rid",
        "t12"."_end",
        "t12"."_acc",
        "t12"."_switch",
        SUM("t12"."_switch") OVER (
          PARTITION BY "t12"."person_id"
          ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
      FROM (
        SELECT
          "t11"."person_id",
          "t11"."benefit",
          "t11"."start_date",
          "t11"."target_group",
          "t11"."early_followup_request_date",
          "t11"."education_order",
          "t11"."_rid",
          "t11"."_end",
          "t11"."_acc",
          CASE
            WHEN LAG("t11"."benefit") OVER (
              PARTITION BY "t11"."person_id"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t11"."benefit") OVER (
              PARTITION BY "t11"."person_id"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t11"."benefit"
            THEN 1
            ELSE 0
          END AS "_switch"
        FROM (
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
        ) AS "t11"
      ) AS "t12"
    ) AS "t13"
  ) AS "t14"
), "t17" AS (
  SELECT
    *
  FROM "t15" AS "t16"
  WHERE
    "t16"."_acc"
), "t21" AS (
  SELECT
    "t19"."person_id",
    "t19"."benefit",
    MIN("t19"."start_date") AS "c1"
  FROM "t17" AS "t19"
  GROUP BY
    1,
    2
), "t30" AS (
  SELECT
    "t29"."person_id",
    "t29"."benefit",
    "t29"."c1",
    "t29"."c2"
  FROM (
    SELECT
      "t23"."person_id",
      "t23"."benefit",
      "t23"."c1",
      "t28"."person_id" AS "person_id_right",
      "t28"."benefit" AS "benefit_right",
      "t28"."c2"
    FROM "t21" AS "t23"
    LEFT OUTER JOIN (
      SELECT
        "t26"."person_id",
        "t26"."benefit",
        MIN("t26"."start_date") AS "c2"
      FROM (
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
            "t20"."_switch",
            "t20"."_run",
            "t20"."_new",
            "t20"."_spell_start",
            "t24"."c1"
          FROM "t17" AS "t20"
          INNER JOIN "t21" AS "t24"
            ON "t20"."person_id" = "t24"."person_id" AND "t20"."benefit" = "t24"."benefit"
        ) AS "t25"
        WHERE
          "t25"."start_date" >= CAST(CAST("t25"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t25"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t26"
      GROUP BY
        1,
        2
    ) AS "t28"
      ON "t23"."person_id" = "t28"."person_id" AND "t23"."benefit" = "t28"."benefit"
  ) AS "t29"
), "t39" AS (
  SELECT
    "t38"."person_id",
    "t38"."benefit",
    "t38"."c1",
    "t38"."c2",
    "t38"."c3"
  FROM (
    SELECT
      "t32"."person_id",
      "t32"."benefit",
      "t32"."c1",
      "t32"."c2",
      "t37"."person_id" AS "person_id_right",
      "t37"."benefit" AS "benefit_right",
      "t37"."c3"
    FROM "t30" AS "t32"
    LEFT OUTER JOIN (
      SELECT
        "t35"."person_id",
        "t35"."benefit",
        MIN("t35"."start_date") AS "c3"
      FROM (
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
            "t20"."_switch",
            "t20"."_run",
            "t20"."_new",
            "t20"."_spell_start",
            "t33"."c1",
            "t33"."c2"
          FROM "t17" AS "t20"
          INNER JOIN "t30" AS "t33"
            ON "t20"."person_id" = "t33"."person_id" AND "t20"."benefit" = "t33"."benefit"
        ) AS "t34"
        WHERE
          "t34"."start_date" >= CAST(CAST("t34"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t34"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t35"
      GROUP BY
        1,
        2
    ) AS "t37"
      ON "t32"."person_id" = "t37"."person_id" AND "t32"."benefit" = "t37"."benefit"
  ) AS "t38"
), "t65" AS (
  SELECT
    "t64"."person_id",
    "t64"."benefit",
    "t64"."_key" AS "start_date",
    CASE
      WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t64"."_end"
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
    "t64"."early_followup_request_date",
    "t64"."education_order",
    "t64"."periods"
  FROM (
    SELECT
      "t62"."person_id",
      "t62"."benefit",
      "t62"."_key",
      MAX("t62"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t62"."_rid" ORDER BY "t62"."start_date") AS "_first",
      MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t16"."person_id",
          "t16"."benefit",
          "t16"."start_date",
          "t16"."_end",
          "t16"."_spell_start" AS "_key",
          "t16"."_acc",
          "t16"."_rid",
          "t16"."early_followup_request_date",
          "t16"."education_order"
        FROM "t15" AS "t16"
        WHERE
          NOT (
            "t16"."_acc"
          )
      ) AS "t18"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t60"."person_id",
          "t60"."benefit",
          "t60"."start_date",
          "t60"."_end",
          "t60"."_key",
          "t60"."_acc",
          "t60"."_rid",
          "t60"."early_followup_request_date",
          "t60"."education_order"
        FROM (
          SELECT
            "t59".*
            EXCLUDE ("c1", "c2", "c3", "c4", "c5")
          FROM (
            SELECT
              "t58"."person_id",
              "t58"."benefit",
              "t58"."start_date",
              "t58"."target_group",
              "t58"."early_followup_request_date",
              "t58"."education_order",
              "t58"."_rid",
              "t58"."_end",
              "t58"."_acc",
              "t58"."_switch",
              "t58"."_run",
              "t58"."_new",
              "t58"."_spell_start",
              "t58"."c1",
              "t58"."c2",
              "t58"."c3",
              "t58"."c4",
              "t58"."c5",
              GREATEST(
                CASE
                  WHEN "t58"."c1" <= "t58"."start_date"
                  THEN "t58"."c1"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t58"."c2" <= "t58"."start_date"
                  THEN "t58"."c2"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t58"."c3" <= "t58"."start_date"
                  THEN "t58"."c3"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t58"."c4" <= "t58"."start_date"
                  THEN "t58"."c4"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t58"."c5" <= "t58"."start_date"
                  THEN "t58"."c5"
                  ELSE CAST(NULL AS DATE)
                END
              ) AS "_key"
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
                "t20"."_spell_start",
                "t57"."c1",
                "t57"."c2",
                "t57"."c3",
                "t57"."c4",
                "t57"."c5"
              FROM "t17" AS "t20"
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
                    "t49"."c4",
                    "t54"."person_id" AS "person_id_right",
                    "t54"."benefit" AS "benefit_right",
                    "t54"."c5"
                  FROM (
                    SELECT
                      "t47".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t41"."person_id",
                        "t41"."benefit",
                        "t41"."c1",
                        "t41"."c2",
                        "t41"."c3",
                        "t46"."person_id" AS "person_id_right",
                        "t46"."benefit" AS "benefit_right",
                        "t46"."c4"
                      FROM "t39" AS "t41"
                      LEFT OUTER JOIN (
                        SELECT
                          "t44"."person_id",
                          "t44"."benefit",
                          MIN("t44"."start_date") AS "c4"
                        FROM (
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
                              "t20"."_switch",
                              "t20"."_run",
                              "t20"."_new",
                              "t20"."_spell_start",
                              "t42"."c1",
                              "t42"."c2",
                              "t42"."c3"
                            FROM "t17" AS "t20"
                            INNER JOIN "t39" AS "t42"
                              ON "t20"."person_id" = "t42"."person_id" AND "t20"."benefit" = "t42"."benefit"
                          ) AS "t43"
                          WHERE
                            "t43"."start_date" >= CAST(CAST("t43"."c3" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t43"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t44"
                        GROUP BY
                          1,
                          2
                      ) AS "t46"
                        ON "t41"."person_id" = "t46"."person_id" AND "t41"."benefit" = "t46"."benefit"
                    ) AS "t47"
                  ) AS "t49"
                  LEFT OUTER JOIN (
                    SELECT
                      "t52"."person_id",
                      "t52"."benefit",
                      MIN("t52"."start_date") AS "c5"
                    FROM (
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
                          "t20"."_switch",
                          "t20"."_run",
                          "t20"."_new",
                          "t20"."_spell_start",
                          "t50"."c1",
                          "t50"."c2",
                          "t50"."c3",
                          "t50"."c4"
                        FROM "t17" AS "t20"
                        INNER JOIN (
                          SELECT
                            "t47".*
                            EXCLUDE ("benefit_right", "person_id_right")
                          FROM (
                            SELECT
                              "t41"."person_id",
                              "t41"."benefit",
                              "t41"."c1",
                              "t41"."c2",
                              "t41"."c3",
                              "t46"."person_id" AS "person_id_right",
                              "t46"."benefit" AS "benefit_right",
                              "t46"."c4"
                            FROM "t39" AS "t41"
                            LEFT OUTER JOIN (
                              SELECT
                                "t44"."person_id",
                                "t44"."benefit",
                                MIN("t44"."start_date") AS "c4"
                              FROM (
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
                                    "t20"."_switch",
                                    "t20"."_run",
                                    "t20"."_new",
                                    "t20"."_spell_start",
                                    "t42"."c1",
                                    "t42"."c2",
                                    "t42"."c3"
                                  FROM "t17" AS "t20"
                                  INNER JOIN "t39" AS "t42"
                                    ON "t20"."person_id" = "t42"."person_id" AND "t20"."benefit" = "t42"."benefit"
                                ) AS "t43"
                                WHERE
                                  "t43"."start_date" >= CAST(CAST("t43"."c3" + TO_MONTHS(
                                    COALESCE(
                                      CASE WHEN "t43"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                              ) AS "t44"
                              GROUP BY
                                1,
                                2
                            ) AS "t46"
                              ON "t41"."person_id" = "t46"."person_id" AND "t41"."benefit" = "t46"."benefit"
                          ) AS "t47"
                        ) AS "t50"
                          ON "t20"."person_id" = "t50"."person_id" AND "t20"."benefit" = "t50"."benefit"
                      ) AS "t51"
                      WHERE
                        "t51"."start_date" >= CAST(CAST("t51"."c4" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t51"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
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
                ON "t20"."person_id" = "t57"."person_id" AND "t20"."benefit" = "t57"."benefit"
            ) AS "t58"
          ) AS "t59"
        ) AS "t60"
      ) AS "t61"
    ) AS "t62"
    GROUP BY
      1,
      2,
      3
  ) AS "t64"
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
    ON "t64"."_first" = "t6"."_frid"
), "t89" AS (
  SELECT
    "t84"."person_id",
    "t84"."benefit",
    "t84"."start_date",
    "t84"."date",
    CASE
      WHEN "t84"."kind" IS NULL
      OR CAST("t84"."date" AS TEXT) IS NULL
      OR "t84"."form" IS NULL
      OR "t84"."held_by" IS NULL
      THEN NULL
      ELSE CONCAT("t84"."kind", ' ', CAST("t84"."date" AS TEXT), ' (', "t84"."form", ', ', "t84"."held_by", ')')
    END AS "description"
  FROM (
    SELECT
      "t83"."person_id",
      "t83"."benefit",
      "t83"."start_date",
      "t83"."_ws",
      "t83"."_last",
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
        "t79"."person_id",
        "t79"."benefit",
        "t79"."start_date",
        "t79"."window_start" AS "_ws",
        COALESCE("t79"."end_date", CAST($as_of AS DATE)) AS "_last"
      FROM (
        SELECT
          "t78".*
          EXCLUDE ("_cat1_until")
        FROM (
          SELECT
            "t77"."person_id",
            "t77"."benefit",
            "t77"."start_date",
            "t77"."end_date",
            "t77"."first_contact_date",
            "t77"."target_group",
            "t77"."first_absence_date",
            "t77"."sickness_category",
            "t77"."employed",
            "t77"."handover_date",
            "t77"."expected_absence_weeks",
            "t77"."work_obligation",
            "t77"."municipality",
            "t77"."early_followup_request_date",
            "t77"."education_order",
            "t77"."periods",
            "t77"."window_start",
            "t77"."_cat1_until",
            "t77"."category_in_force",
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t77"."window_start" >= MAKE_DATE(2025, 1, 1)
                  THEN ['1']
                  WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN ['1']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t77"."category_in_force"
              ),
              FALSE
            )
            AND (
              (
                CASE
                  WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN 8
                  ELSE CAST(NULL AS BIGINT)
                END IS NULL
              )
              OR (
                (
                  "t77"."end_date" IS NOT NULL
                )
                AND (
                  "t77"."end_date" <= "t77"."_cat1_until"
                )
              )
            ) AS "category_exempt",
            CASE
              WHEN NOT (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t77"."window_start" >= MAKE_DATE(2025, 1, 1)
                      THEN ['1']
                      WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                      THEN ['1']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t77"."category_in_force"
                  ),
                  FALSE
                )
              )
              OR (
                CASE
                  WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN 8
                  ELSE CAST(NULL AS BIGINT)
                END IS NULL
              )
              OR (
                (
                  "t77"."end_date" IS NOT NULL
                )
                AND (
                  "t77"."end_date" <= "t77"."_cat1_until"
                )
              )
              THEN ''
              WHEN CAST($as_of AS DATE) <= "t77"."_cat1_until"
              THEN CASE
                WHEN "t77"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'kategori ',
                  "t77"."category_in_force",
                  ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                )
              END || CAST(CASE
                WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END AS TEXT) || ' uger (§ 13 a, stk. 1)'
              ELSE CASE
                WHEN "t77"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT('kategori ', "t77"."category_in_force", ' og fraværet varer ud over ')
              END || CAST(CASE
                WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
            END AS "category_note"
          FROM (
            SELECT
              "t76".*
              EXCLUDE ("_cat_found")
            FROM (
              SELECT
                "t75"."person_id",
                "t75"."benefit",
                "t75"."start_date",
                "t75"."end_date",
                "t75"."first_contact_date",
                "t75"."target_group",
                "t75"."first_absence_date",
                "t75"."sickness_category",
                "t75"."employed",
                "t75"."handover_date",
                "t75"."expected_absence_weeks",
                "t75"."work_obligation",
                "t75"."municipality",
                "t75"."early_followup_request_date",
                "t75"."education_order",
                "t75"."periods",
                "t75"."window_start",
                "t75"."_cat1_until",
                "t75"."_cat_found",
                COALESCE("t75"."_cat_found", "t75"."sickness_category") AS "category_in_force"
              FROM (
                SELECT
                  "t74".*
                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                FROM (
                  SELECT
                    "t69"."person_id",
                    "t69"."benefit",
                    "t69"."start_date",
                    "t69"."end_date",
                    "t69"."first_contact_date",
                    "t69"."target_group",
                    "t69"."first_absence_date",
                    "t69"."sickness_category",
                    "t69"."employed",
                    "t69"."handover_date",
                    "t69"."expected_absence_weeks",
                    "t69"."work_obligation",
                    "t69"."municipality",
                    "t69"."early_followup_request_date",
                    "t69"."education_order",
                    "t69"."periods",
                    "t69"."window_start",
                    "t69"."_cat1_until",
                    "t73"."person_id" AS "person_id_right",
                    "t73"."benefit" AS "benefit_right",
                    "t73"."start_date" AS "start_date_right",
                    "t73"."_cat_found"
                  FROM (
                    SELECT
                      "t66"."person_id",
                      "t66"."benefit",
                      "t66"."start_date",
                      "t66"."end_date",
                      "t66"."first_contact_date",
                      "t66"."target_group",
                      "t66"."first_absence_date",
                      "t66"."sickness_category",
                      "t66"."employed",
                      "t66"."handover_date",
                      "t66"."expected_absence_weeks",
                      "t66"."work_obligation",
                      "t66"."municipality",
                      "t66"."early_followup_request_date",
                      "t66"."education_order",
                      "t66"."periods",
                      COALESCE("t66"."first_absence_date", "t66"."start_date") AS "window_start",
                      CAST(CAST(COALESCE("t66"."first_absence_date", "t66"."start_date") + TO_DAYS(
                        (
                          COALESCE(
                            CASE
                              WHEN COALESCE("t66"."first_absence_date", "t66"."start_date") >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) * 7
                        ) - 1
                      ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                    FROM "t65" AS "t66"
                    WHERE
                      "t66"."benefit" IN ('sygedagpenge')
                  ) AS "t69"
                  LEFT OUTER JOIN (
                    SELECT
                      "t71"."person_id",
                      "t71"."benefit",
                      "t71"."start_date",
                      FIRST("t71"."_cat" ORDER BY "t71"."_from" DESC) AS "_cat_found"
                    FROM (
                      SELECT
                        "t70"."person_id",
                        "t70"."benefit",
                        "t70"."start_date",
                        "t70"."_day",
                        "t70"."_last",
                        "t10"."_pid",
                        "t10"."_from",
                        "t10"."_cat"
                      FROM (
                        SELECT
                          "t66"."person_id",
                          "t66"."benefit",
                          "t66"."start_date",
                          CAST(CAST(COALESCE("t66"."first_absence_date", "t66"."start_date") + TO_DAYS(
                            (
                              COALESCE(
                                CASE
                                  WHEN COALESCE("t66"."first_absence_date", "t66"."start_date") >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              ) * 7
                            ) - 1
                          ) AS TIMESTAMP) AS DATE) AS "_day",
                          "t66"."end_date" AS "_last"
                        FROM "t65" AS "t66"
                        WHERE
                          "t66"."benefit" IN ('sygedagpenge')
                      ) AS "t70"
                      INNER JOIN (
                        SELECT
                          "t2"."person_id" AS "_pid",
                          "t2"."start_date" AS "_from",
                          "t2"."sickness_category" AS "_cat"
                        FROM "benefit_periods" AS "t2"
                        WHERE
                          "t2"."benefit" = 'sygedagpenge'
                          AND "t2"."start_date" <= CAST($as_of AS DATE)
                          AND "t2"."sickness_category" IS NOT NULL
                      ) AS "t10"
                        ON "t70"."person_id" = "t10"."_pid"
                        AND "t10"."_from" >= "t70"."start_date"
                        AND "t10"."_from" <= "t70"."_day"
                        AND (
                          (
                            "t70"."_last" IS NULL
                          ) OR (
                            "t10"."_from" <= "t70"."_last"
                          )
                        )
                    ) AS "t71"
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS "t73"
                    ON "t69"."person_id" = "t73"."person_id"
                    AND "t69"."benefit" = "t73"."benefit"
                    AND "t69"."start_date" = "t73"."start_date"
                ) AS "t74"
              ) AS "t75"
            ) AS "t76"
          ) AS "t77"
        ) AS "t78"
      ) AS "t79"
    ) AS "t83"
    INNER JOIN (
      SELECT
        *
      FROM "conversations" AS "t1"
      WHERE
        "t1"."status" = 'afholdt'
        AND COALESCE("t1"."individual", TRUE)
        AND "t1"."date" <= CAST($as_of AS DATE)
        AND "t1"."kind" IN ('opfoelgningssamtale')
    ) AS "t9"
      ON "t83"."person_id" = "t9"."person_id"
      AND "t9"."date" >= "t83"."_ws"
      AND "t9"."date" <= "t83"."_last"
  ) AS "t84"
  WHERE
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t84"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['opfoelgningssamtale']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t84"."kind"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t84"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['jobcenter', 'anden_aktoer']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t84"."held_by"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t84"."_ws" >= MAKE_DATE(2020, 1, 1)
          THEN ['personligt', 'telefon', 'video']
          WHEN "t84"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['personligt']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t84"."form"
      ),
      FALSE
    )
), "t101" AS (
  SELECT
    "t100"."person_id",
    "t100"."benefit",
    "t100"."start_date",
    "t100"."date",
    "t100"."description",
    "t100"."next_date",
    "t100"."next_text",
    "t100"."_weeks",
    "t82"."end_date",
    "t82"."category_exempt",
    "t82"."sickness_category",
    "t82"."category_in_force",
    "t82"."category_note",
    "t82"."employed",
    "t82"."expected_absence_weeks"
  FROM (
    SELECT
      "t96"."person_id",
      "t96"."benefit",
      "t96"."start_date",
      "t96"."date",
      "t96"."description",
      "t96"."next_date",
      "t96"."next_text",
      CASE
        WHEN "t96"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t96"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END AS "_weeks"
    FROM (
      SELECT
        "t94"."person_id",
        "t94"."benefit",
        "t94"."start_date",
        "t94"."date",
        "t94"."description",
        LEAD("t94"."date") OVER (
          PARTITION BY "t94"."person_id", "t94"."benefit", "t94"."start_date"
          ORDER BY "t94"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_date",
        LEAD("t94"."description") OVER (
          PARTITION BY "t94"."person_id", "t94"."benefit", "t94"."start_date"
          ORDER BY "t94"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_text"
      FROM (
        SELECT
          "t91"."person_id",
          "t91"."benefit",
          "t91"."start_date",
          "t91"."date",
          MIN("t91"."description") AS "description"
        FROM "t89" AS "t91"
        GROUP BY
          1,
          2,
          3,
          4
      ) AS "t94"
    ) AS "t96"
    WHERE
      CASE
        WHEN "t96"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t96"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END IS NOT NULL
  ) AS "t100"
  INNER JOIN (
    SELECT
      "t79"."person_id",
      "t79"."benefit",
      "t79"."start_date",
      "t79"."end_date",
      "t79"."category_exempt",
      "t79"."sickness_category",
      "t79"."category_in_force",
      "t79"."category_note",
      "t79"."employed",
      "t79"."expected_absence_weeks"
    FROM (
      SELECT
        "t78".*
        EXCLUDE ("_cat1_until")
      FROM (
        SELECT
          "t77"."person_id",
          "t77"."benefit",
          "t77"."start_date",
          "t77"."end_date",
          "t77"."first_contact_date",
          "t77"."target_group",
          "t77"."first_absence_date",
          "t77"."sickness_category",
          "t77"."employed",
          "t77"."handover_date",
          "t77"."expected_absence_weeks",
          "t77"."work_obligation",
          "t77"."municipality",
          "t77"."early_followup_request_date",
          "t77"."education_order",
          "t77"."periods",
          "t77"."window_start",
          "t77"."_cat1_until",
          "t77"."category_in_force",
          COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t77"."window_start" >= MAKE_DATE(2025, 1, 1)
                THEN ['1']
                WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN ['1']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t77"."category_in_force"
            ),
            FALSE
          )
          AND (
            (
              CASE
                WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END IS NULL
            )
            OR (
              (
                "t77"."end_date" IS NOT NULL
              )
              AND (
                "t77"."end_date" <= "t77"."_cat1_until"
              )
            )
          ) AS "category_exempt",
          CASE
            WHEN NOT (
              COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t77"."window_start" >= MAKE_DATE(2025, 1, 1)
                    THEN ['1']
                    WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN ['1']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t77"."category_in_force"
                ),
                FALSE
              )
            )
            OR (
              CASE
                WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END IS NULL
            )
            OR (
              (
                "t77"."end_date" IS NOT NULL
              )
              AND (
                "t77"."end_date" <= "t77"."_cat1_until"
              )
            )
            THEN ''
            WHEN CAST($as_of AS DATE) <= "t77"."_cat1_until"
            THEN CASE
              WHEN "t77"."category_in_force" IS NULL
              THEN NULL
              ELSE CONCAT(
                'kategori ',
                "t77"."category_in_force",
                ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
              )
            END || CAST(CASE
              WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN 8
              ELSE CAST(NULL AS BIGINT)
            END AS TEXT) || ' uger (§ 13 a, stk. 1)'
            ELSE CASE
              WHEN "t77"."category_in_force" IS NULL
              THEN NULL
              ELSE CONCAT('kategori ', "t77"."category_in_force", ' og fraværet varer ud over ')
            END || CAST(CASE
              WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN 8
              ELSE CAST(NULL AS BIGINT)
            END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
          END AS "category_note"
        FROM (
          SELECT
            "t76".*
            EXCLUDE ("_cat_found")
          FROM (
            SELECT
              "t75"."person_id",
              "t75"."benefit",
              "t75"."start_date",
              "t75"."end_date",
              "t75"."first_contact_date",
              "t75"."target_group",
              "t75"."first_absence_date",
              "t75"."sickness_category",
              "t75"."employed",
              "t75"."handover_date",
              "t75"."expected_absence_weeks",
              "t75"."work_obligation",
              "t75"."municipality",
              "t75"."early_followup_request_date",
              "t75"."education_order",
              "t75"."periods",
              "t75"."window_start",
              "t75"."_cat1_until",
              "t75"."_cat_found",
              COALESCE("t75"."_cat_found", "t75"."sickness_category") AS "category_in_force"
            FROM (
              SELECT
                "t74".*
                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
              FROM (
                SELECT
                  "t69"."person_id",
                  "t69"."benefit",
                  "t69"."start_date",
                  "t69"."end_date",
                  "t69"."first_contact_date",
                  "t69"."target_group",
                  "t69"."first_absence_date",
                  "t69"."sickness_category",
                  "t69"."employed",
                  "t69"."handover_date",
                  "t69"."expected_absence_weeks",
                  "t69"."work_obligation",
                  "t69"."municipality",
                  "t69"."early_followup_request_date",
                  "t69"."education_order",
                  "t69"."periods",
                  "t69"."window_start",
                  "t69"."_cat1_until",
                  "t73"."person_id" AS "person_id_right",
                  "t73"."benefit" AS "benefit_right",
                  "t73"."start_date" AS "start_date_right",
                  "t73"."_cat_found"
                FROM (
                  SELECT
                    "t66"."person_id",
                    "t66"."benefit",
                    "t66"."start_date",
                    "t66"."end_date",
                    "t66"."first_contact_date",
                    "t66"."target_group",
                    "t66"."first_absence_date",
                    "t66"."sickness_category",
                    "t66"."employed",
                    "t66"."handover_date",
                    "t66"."expected_absence_weeks",
                    "t66"."work_obligation",
                    "t66"."municipality",
                    "t66"."early_followup_request_date",
                    "t66"."education_order",
                    "t66"."periods",
                    COALESCE("t66"."first_absence_date", "t66"."start_date") AS "window_start",
                    CAST(CAST(COALESCE("t66"."first_absence_date", "t66"."start_date") + TO_DAYS(
                      (
                        COALESCE(
                          CASE
                            WHEN COALESCE("t66"."first_absence_date", "t66"."start_date") >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) * 7
                      ) - 1
                    ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                  FROM "t65" AS "t66"
                  WHERE
                    "t66"."benefit" IN ('sygedagpenge')
                ) AS "t69"
                LEFT OUTER JOIN (
                  SELECT
                    "t71"."person_id",
                    "t71"."benefit",
                    "t71"."start_date",
                    FIRST("t71"."_cat" ORDER BY "t71"."_from" DESC) AS "_cat_found"
                  FROM (
                    SELECT
                      "t70"."person_id",
                      "t70"."benefit",
                      "t70"."start_date",
                      "t70"."_day",
                      "t70"."_last",
                      "t10"."_pid",
                      "t10"."_from",
                      "t10"."_cat"
                    FROM (
                      SELECT
                        "t66"."person_id",
                        "t66"."benefit",
                        "t66"."start_date",
                        CAST(CAST(COALESCE("t66"."first_absence_date", "t66"."start_date") + TO_DAYS(
                          (
                            COALESCE(
                              CASE
                                WHEN COALESCE("t66"."first_absence_date", "t66"."start_date") >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            ) * 7
                          ) - 1
                        ) AS TIMESTAMP) AS DATE) AS "_day",
                        "t66"."end_date" AS "_last"
                      FROM "t65" AS "t66"
                      WHERE
                        "t66"."benefit" IN ('sygedagpenge')
                    ) AS "t70"
                    INNER JOIN (
                      SELECT
                        "t2"."person_id" AS "_pid",
                        "t2"."start_date" AS "_from",
                        "t2"."sickness_category" AS "_cat"
                      FROM "benefit_periods" AS "t2"
                      WHERE
                        "t2"."benefit" = 'sygedagpenge'
                        AND "t2"."start_date" <= CAST($as_of AS DATE)
                        AND "t2"."sickness_category" IS NOT NULL
                    ) AS "t10"
                      ON "t70"."person_id" = "t10"."_pid"
                      AND "t10"."_from" >= "t70"."start_date"
                      AND "t10"."_from" <= "t70"."_day"
                      AND (
                        (
                          "t70"."_last" IS NULL
                        ) OR (
                          "t10"."_from" <= "t70"."_last"
                        )
                      )
                  ) AS "t71"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t73"
                  ON "t69"."person_id" = "t73"."person_id"
                  AND "t69"."benefit" = "t73"."benefit"
                  AND "t69"."start_date" = "t73"."start_date"
              ) AS "t74"
            ) AS "t75"
          ) AS "t76"
        ) AS "t77"
      ) AS "t78"
    ) AS "t79"
  ) AS "t82"
    ON "t100"."person_id" = "t82"."person_id"
    AND "t100"."benefit" = "t82"."benefit"
    AND "t100"."start_date" = "t82"."start_date"
)
SELECT
  "t125"."person_id",
  "t125"."benefit",
  'sick_followups' AS "kind",
  'sick_followups' AS "rule_id",
  '1.1.1' AS "rule_version",
  CASE
    WHEN "t125"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'OP Academy – Nye regler i beskæftigelsesindsatsen (mindst én samtale det første halve år); Sygedagpengeloven § 12 som ændret ved L 66 (2025-26), § 3 nr. 8'
    WHEN "t125"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'Sygedagpengeloven § 13 b, stk. 1 (mindst fire gange inden for det første halve år)'
    WHEN "t125"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'STAR – Sygedagpengeopfølgning (opfølgning mindst hver 4. uge)'
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
        'sick_followups'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t125"."evidence", '') AS "evidence"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t121"."person_id",
      "t121"."benefit",
      "t121"."window_start",
      "t121"."due_date",
      "t121"."fulfilled_date",
      CONCAT_WS(
        '; ',
        NULLIF("t121"."category_note", ''),
        NULLIF(
          CASE
            WHEN CASE
              WHEN "t121"."category_exempt"
              THEN CASE
                WHEN "t121"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'visitationskategori ',
                  "t121"."category_in_force",
                  ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
                )
              END
              WHEN COALESCE(
                COALESCE("t121"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t121"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t121"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t121"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t121"."expected_absence_weeks" < CASE
                    WHEN "t121"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t121"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN CASE
                WHEN CAST("t121"."expected_absence_weeks" AS TEXT) IS NULL
                THEN NULL
                ELSE CONCAT(
                  'sygemeldt fra job med forventet fravær på ',
                  CAST("t121"."expected_absence_weeks" AS TEXT),
                  ' uger: ikke i kommunens opfølgning'
                )
              END
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t121"."category_exempt"
              THEN CASE
                WHEN "t121"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'visitationskategori ',
                  "t121"."category_in_force",
                  ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
                )
              END
              WHEN COALESCE(
                COALESCE("t121"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t121"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t121"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t121"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t121"."expected_absence_weeks" < CASE
                    WHEN "t121"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t121"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN CASE
                WHEN CAST("t121"."expected_absence_weeks" AS TEXT) IS NULL
                THEN NULL
                ELSE CONCAT(
                  'sygemeldt fra job med forventet fravær på ',
                  CAST("t121"."expected_absence_weeks" AS TEXT),
                  ' uger: ikke i kommunens opfølgning'
                )
              END
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t121"."employed", FALSE)
              AND (
                CASE
                  WHEN "t121"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t121"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t121"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t121"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t121"."window_start" + TO_DAYS(COALESCE("t121"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t121"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t121"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t121"."due_date" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              ),
              FALSE
            )
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t121"."window_start" + TO_DAYS(COALESCE("t121"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || CASE
              WHEN CAST("t121"."first_held" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(
                ', senest ved udgangen af uge 13 efter første opfølgning ',
                CAST("t121"."first_held" AS TEXT)
              )
            END
            WHEN (
              "t121"."end_date" IS NOT NULL
            )
            AND (
              "t121"."end_date" < "t121"."due_date"
            )
            AND (
              "t121"."fulfilled_date" IS NULL
            )
            THEN CASE
              WHEN CAST("t121"."end_date" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT('sygedagpengeforløbet sluttede ', CAST("t121"."end_date" AS TEXT), ' før fristen; ')
            END || CAST(COALESCE("t121"."n_by_due", 0) AS TEXT) || CASE
              WHEN CAST("t121"."_need" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(' af ', CAST("t121"."_need" AS TEXT), ' opfølgningssamtaler inden fristen')
            END || CASE
              WHEN "t121"."held_dates" IS NOT NULL
              THEN CASE
                WHEN "t121"."held_dates" IS NULL
                THEN NULL
                ELSE CONCAT(': ', "t121"."held_dates")
              END
              ELSE ''
            END
            ELSE CAST(COALESCE("t121"."n_by_due", 0) AS TEXT) || CASE
              WHEN CAST("t121"."_need" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(' af ', CAST("t121"."_need" AS TEXT), ' opfølgningssamtaler inden fristen')
            END || CASE
              WHEN "t121"."held_dates" IS NOT NULL
              THEN CASE
                WHEN "t121"."held_dates" IS NULL
                THEN NULL
                ELSE CONCAT(': ', "t121"."held_dates")
              END
              ELSE ''
            END
          END,
          ''
        ),
        NULLIF(
          CASE
            WHEN "t121"."exemption_applies"
            THEN CASE
              WHEN CAST("t121"."exemption_start" AS TEXT) IS NULL
              OR CAST("t121"."exemption_end" AS TEXT) IS NULL
              OR "t121"."exemption_reason" IS NULL
              THEN NULL
              ELSE CONCAT(
                'fritaget ',
                CAST("t121"."exemption_start" AS TEXT),
                '–',
                CAST("t121"."exemption_end" AS TEXT),
                ' (',
                "t121"."exemption_reason",
                '), fristen forlænget'
              )
            END
            ELSE ''
          END,
          ''
        )
      ) AS "evidence",
      (
        CASE
          WHEN "t121"."category_exempt"
          THEN CASE
            WHEN "t121"."category_in_force" IS NULL
            THEN NULL
            ELSE CONCAT(
              'visitationskategori ',
              "t121"."category_in_force",
              ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            )
          END
          WHEN COALESCE(
            COALESCE("t121"."employed", FALSE)
            AND (
              CASE
                WHEN "t121"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t121"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t121"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t121"."expected_absence_weeks" < CASE
                WHEN "t121"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t121"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN CASE
            WHEN CAST("t121"."expected_absence_weeks" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(
              'sygemeldt fra job med forventet fravær på ',
              CAST("t121"."expected_absence_weeks" AS TEXT),
              ' uger: ikke i kommunens opfølgning'
            )
          END
          ELSE ''
        END = ''
      )
      AND NOT (
        COALESCE(
          COALESCE("t121"."employed", FALSE)
          AND (
            CASE
              WHEN "t121"."due_date" >= MAKE_DATE(2025, 1, 1)
              THEN 13
              WHEN "t121"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END IS NOT NULL
          )
          AND (
            "t121"."expected_absence_weeks" IS NOT NULL
          )
          AND (
            "t121"."first_held" IS NOT NULL
          )
          AND (
            CAST(CAST("t121"."window_start" + TO_DAYS(COALESCE("t121"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t121"."first_held" + TO_DAYS(
              (
                COALESCE(
                  CASE
                    WHEN "t121"."due_date" >= MAKE_DATE(2025, 1, 1)
                    THEN 13
                    WHEN "t121"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                ) * 7
              ) - 1
            ) AS TIMESTAMP) AS DATE)
          ),
          FALSE
        )
      )
      AND NOT (
        (
          "t121"."end_date" IS NOT NULL
        )
        AND (
          "t121"."end_date" < "t121"."due_date"
        )
        AND (
          "t121"."fulfilled_date" IS NULL
        )
      ) AS "is_applicable",
      "t121"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t121"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t120".*
        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
      FROM (
        SELECT
          "t105"."person_id",
          "t105"."benefit",
          "t105"."start_date",
          "t105"."end_date",
          "t105"."first_contact_date",
          "t105"."target_group",
          "t105"."first_absence_date",
          "t105"."sickness_category",
          "t105"."employed",
          "t105"."handover_date",
          "t105"."expected_absence_weeks",
          "t105"."work_obligation",
          "t105"."municipality",
          "t105"."early_followup_request_date",
          "t105"."education_order",
          "t105"."periods",
          "t105"."window_start",
          "t105"."category_in_force",
          "t105"."category_exempt",
          "t105"."category_note",
          "t105"."_need",
          "t105"."due0",
          "t105"."exemption_start",
          "t105"."exemption_end",
          "t105"."exemption_reason",
          "t105"."due_date",
          "t105"."exemption_applies",
          "t117"."person_id" AS "person_id_right",
          "t117"."benefit" AS "benefit_right",
          "t117"."start_date" AS "start_date_right",
          "t117"."fulfilled_date",
          "t117"."first_held",
          "t117"."n_by_due",
          "t117"."held_dates"
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
            "t98"."category_in_force",
            "t98"."category_exempt",
            "t98"."category_note",
            "t98"."_need",
            "t98"."due0",
            "t98"."exemption_start",
            "t98"."exemption_end",
            "t98"."exemption_reason",
            CASE
              WHEN (
                "t98"."exemption_end" IS NOT NULL
              )
              AND COALESCE(
                CASE
                  WHEN "t98"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN CAST(CAST("t98"."exemption_end" + TO_DAYS(
                DATE_DIFF('DAY', GREATEST("t98"."exemption_start", "t98"."window_start"), "t98"."due0") + 1
              ) AS TIMESTAMP) AS DATE)
              ELSE "t98"."due0"
            END AS "due_date",
            (
              "t98"."exemption_end" IS NOT NULL
            )
            AND COALESCE(
              CASE
                WHEN "t98"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN TRUE
                ELSE CAST(NULL AS BOOLEAN)
              END,
              FALSE
            ) AS "exemption_applies"
          FROM (
            SELECT
              "t97".*
              EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
            FROM (
              SELECT
                "t87"."person_id",
                "t87"."benefit",
                "t87"."start_date",
                "t87"."end_date",
                "t87"."first_contact_date",
                "t87"."target_group",
                "t87"."first_absence_date",
                "t87"."sickness_category",
                "t87"."employed",
                "t87"."handover_date",
                "t87"."expected_absence_weeks",
                "t87"."work_obligation",
                "t87"."municipality",
                "t87"."early_followup_request_date",
                "t87"."education_order",
                "t87"."periods",
                "t87"."window_start",
                "t87"."category_in_force",
                "t87"."category_exempt",
                "t87"."category_note",
                "t87"."_need",
                "t87"."due0",
                "t95"."person_id" AS "person_id_right",
                "t95"."benefit" AS "benefit_right",
                "t95"."start_date" AS "start_date_right",
                "t95"."exemption_start",
                "t95"."exemption_end",
                "t95"."exemption_reason"
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
                  "t79"."category_in_force",
                  "t79"."category_exempt",
                  "t79"."category_note",
                  CASE
                    WHEN "t79"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 1
                    WHEN "t79"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    WHEN "t79"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END AS "_need",
                  CAST(CAST(CAST(CAST("t79"."window_start" + TO_MONTHS(
                    COALESCE(
                      CASE
                        WHEN "t79"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 6
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    )
                  ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t78".*
                    EXCLUDE ("_cat1_until")
                  FROM (
                    SELECT
                      "t77"."person_id",
                      "t77"."benefit",
                      "t77"."start_date",
                      "t77"."end_date",
                      "t77"."first_contact_date",
                      "t77"."target_group",
                      "t77"."first_absence_date",
                      "t77"."sickness_category",
                      "t77"."employed",
                      "t77"."handover_date",
                      "t77"."expected_absence_weeks",
                      "t77"."work_obligation",
                      "t77"."municipality",
                      "t77"."early_followup_request_date",
                      "t77"."education_order",
                      "t77"."periods",
                      "t77"."window_start",
                      "t77"."_cat1_until",
                      "t77"."category_in_force",
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t77"."window_start" >= MAKE_DATE(2025, 1, 1)
                            THEN ['1']
                            WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN ['1']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t77"."category_in_force"
                        ),
                        FALSE
                      )
                      AND (
                        (
                          CASE
                            WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        OR (
                          (
                            "t77"."end_date" IS NOT NULL
                          )
                          AND (
                            "t77"."end_date" <= "t77"."_cat1_until"
                          )
                        )
                      ) AS "category_exempt",
                      CASE
                        WHEN NOT (
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t77"."window_start" >= MAKE_DATE(2025, 1, 1)
                                THEN ['1']
                                WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN ['1']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t77"."category_in_force"
                            ),
                            FALSE
                          )
                        )
                        OR (
                          CASE
                            WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        OR (
                          (
                            "t77"."end_date" IS NOT NULL
                          )
                          AND (
                            "t77"."end_date" <= "t77"."_cat1_until"
                          )
                        )
                        THEN ''
                        WHEN CAST($as_of AS DATE) <= "t77"."_cat1_until"
                        THEN CASE
                          WHEN "t77"."category_in_force" IS NULL
                          THEN NULL
                          ELSE CONCAT(
                            'kategori ',
                            "t77"."category_in_force",
                            ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                          )
                        END || CAST(CASE
                          WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                        ELSE CASE
                          WHEN "t77"."category_in_force" IS NULL
                          THEN NULL
                          ELSE CONCAT('kategori ', "t77"."category_in_force", ' og fraværet varer ud over ')
                        END || CAST(CASE
                          WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                      END AS "category_note"
                    FROM (
                      SELECT
                        "t76".*
                        EXCLUDE ("_cat_found")
                      FROM (
                        SELECT
                          "t75"."person_id",
                          "t75"."benefit",
                          "t75"."start_date",
                          "t75"."end_date",
                          "t75"."first_contact_date",
                          "t75"."target_group",
                          "t75"."first_absence_date",
                          "t75"."sickness_category",
                          "t75"."employed",
                          "t75"."handover_date",
                          "t75"."expected_absence_weeks",
                          "t75"."work_obligation",
                          "t75"."municipality",
                          "t75"."early_followup_request_date",
                          "t75"."education_order",
                          "t75"."periods",
                          "t75"."window_start",
                          "t75"."_cat1_until",
                          "t75"."_cat_found",
                          COALESCE("t75"."_cat_found", "t75"."sickness_category") AS "category_in_force"
                        FROM (
                          SELECT
                            "t74".*
                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                          FROM (
                            SELECT
                              "t69"."person_id",
                              "t69"."benefit",
                              "t69"."start_date",
                              "t69"."end_date",
                              "t69"."first_contact_date",
                              "t69"."target_group",
                              "t69"."first_absence_date",
                              "t69"."sickness_category",
                              "t69"."employed",
                              "t69"."handover_date",
                              "t69"."expected_absence_weeks",
                              "t69"."work_obligation",
                              "t69"."municipality",
                              "t69"."early_followup_request_date",
                              "t69"."education_order",
                              "t69"."periods",
                              "t69"."window_start",
                              "t69"."_cat1_until",
                              "t73"."person_id" AS "person_id_right",
                              "t73"."benefit" AS "benefit_right",
                              "t73"."start_date" AS "start_date_right",
                              "t73"."_cat_found"
                            FROM (
                              SELECT
                                "t66"."person_id",
                                "t66"."benefit",
                                "t66"."start_date",
                                "t66"."end_date",
                                "t66"."first_contact_date",
                                "t66"."target_group",
                                "t66"."first_absence_date",
                                "t66"."sickness_category",
                                "t66"."employed",
                                "t66"."handover_date",
                                "t66"."expected_absence_weeks",
                                "t66"."work_obligation",
                                "t66"."municipality",
                                "t66"."early_followup_request_date",
                                "t66"."education_order",
                                "t66"."periods",
                                COALESCE("t66"."first_absence_date", "t66"."start_date") AS "window_start",
                                CAST(CAST(COALESCE("t66"."first_absence_date", "t66"."start_date") + TO_DAYS(
                                  (
                                    COALESCE(
                                      CASE
                                        WHEN COALESCE("t66"."first_absence_date", "t66"."start_date") >= MAKE_DATE(2015, 1, 1)
                                        THEN 8
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) * 7
                                  ) - 1
                                ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                              FROM "t65" AS "t66"
                              WHERE
                                "t66"."benefit" IN ('sygedagpenge')
                            ) AS "t69"
                            LEFT OUTER JOIN (
                              SELECT
                                "t71"."person_id",
                                "t71"."benefit",
                                "t71"."start_date",
                                FIRST("t71"."_cat" ORDER BY "t71"."_from" DESC) AS "_cat_found"
                              FROM (
                                SELECT
                                  "t70"."person_id",
                                  "t70"."benefit",
                                  "t70"."start_date",
                                  "t70"."_day",
                                  "t70"."_last",
                                  "t10"."_pid",
                                  "t10"."_from",
                                  "t10"."_cat"
                                FROM (
                                  SELECT
                                    "t66"."person_id",
                                    "t66"."benefit",
                                    "t66"."start_date",
                                    CAST(CAST(COALESCE("t66"."first_absence_date", "t66"."start_date") + TO_DAYS(
                                      (
                                        COALESCE(
                                          CASE
                                            WHEN COALESCE("t66"."first_absence_date", "t66"."start_date") >= MAKE_DATE(2015, 1, 1)
                                            THEN 8
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) * 7
                                      ) - 1
                                    ) AS TIMESTAMP) AS DATE) AS "_day",
                                    "t66"."end_date" AS "_last"
                                  FROM "t65" AS "t66"
                                  WHERE
                                    "t66"."benefit" IN ('sygedagpenge')
                                ) AS "t70"
                                INNER JOIN (
                                  SELECT
                                    "t2"."person_id" AS "_pid",
                                    "t2"."start_date" AS "_from",
                                    "t2"."sickness_category" AS "_cat"
                                  FROM "benefit_periods" AS "t2"
                                  WHERE
                                    "t2"."benefit" = 'sygedagpenge'
                                    AND "t2"."start_date" <= CAST($as_of AS DATE)
                                    AND "t2"."sickness_category" IS NOT NULL
                                ) AS "t10"
                                  ON "t70"."person_id" = "t10"."_pid"
                                  AND "t10"."_from" >= "t70"."start_date"
                                  AND "t10"."_from" <= "t70"."_day"
                                  AND (
                                    (
                                      "t70"."_last" IS NULL
                                    ) OR (
                                      "t10"."_from" <= "t70"."_last"
                                    )
                                  )
                              ) AS "t71"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t73"
                              ON "t69"."person_id" = "t73"."person_id"
                              AND "t69"."benefit" = "t73"."benefit"
                              AND "t69"."start_date" = "t73"."start_date"
                          ) AS "t74"
                        ) AS "t75"
                      ) AS "t76"
                    ) AS "t77"
                  ) AS "t78"
                ) AS "t79"
                WHERE
                  CASE
                    WHEN "t79"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 1
                    WHEN "t79"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    WHEN "t79"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
              ) AS "t87"
              LEFT OUTER JOIN (
                SELECT
                  "t90"."person_id",
                  "t90"."benefit",
                  "t90"."start_date",
                  FIRST("t90"."_from" ORDER BY "t90"."_to" DESC) AS "exemption_start",
                  MAX("t90"."_to") AS "exemption_end",
                  FIRST("t90"."_reason" ORDER BY "t90"."_to" DESC) AS "exemption_reason"
                FROM (
                  SELECT
                    "t88"."person_id",
                    "t88"."benefit",
                    "t88"."start_date",
                    "t88"."_day",
                    "t8"."_pid",
                    "t8"."_from",
                    "t8"."_to",
                    "t8"."_reason"
                  FROM (
                    SELECT
                      "t79"."person_id",
                      "t79"."benefit",
                      "t79"."start_date",
                      CAST(CAST(CAST(CAST("t79"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t79"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
                    FROM (
                      SELECT
                        "t78".*
                        EXCLUDE ("_cat1_until")
                      FROM (
                        SELECT
                          "t77"."person_id",
                          "t77"."benefit",
                          "t77"."start_date",
                          "t77"."end_date",
                          "t77"."first_contact_date",
                          "t77"."target_group",
                          "t77"."first_absence_date",
                          "t77"."sickness_category",
                          "t77"."employed",
                          "t77"."handover_date",
                          "t77"."expected_absence_weeks",
                          "t77"."work_obligation",
                          "t77"."municipality",
                          "t77"."early_followup_request_date",
                          "t77"."education_order",
                          "t77"."periods",
                          "t77"."window_start",
                          "t77"."_cat1_until",
                          "t77"."category_in_force",
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t77"."window_start" >= MAKE_DATE(2025, 1, 1)
                                THEN ['1']
                                WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN ['1']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t77"."category_in_force"
                            ),
                            FALSE
                          )
                          AND (
                            (
                              CASE
                                WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            OR (
                              (
                                "t77"."end_date" IS NOT NULL
                              )
                              AND (
                                "t77"."end_date" <= "t77"."_cat1_until"
                              )
                            )
                          ) AS "category_exempt",
                          CASE
                            WHEN NOT (
                              COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t77"."window_start" >= MAKE_DATE(2025, 1, 1)
                                    THEN ['1']
                                    WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                    THEN ['1']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t77"."category_in_force"
                                ),
                                FALSE
                              )
                            )
                            OR (
                              CASE
                                WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            OR (
                              (
                                "t77"."end_date" IS NOT NULL
                              )
                              AND (
                                "t77"."end_date" <= "t77"."_cat1_until"
                              )
                            )
                            THEN ''
                            WHEN CAST($as_of AS DATE) <= "t77"."_cat1_until"
                            THEN CASE
                              WHEN "t77"."category_in_force" IS NULL
                              THEN NULL
                              ELSE CONCAT(
                                'kategori ',
                                "t77"."category_in_force",
                                ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                              )
                            END || CAST(CASE
                              WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                            ELSE CASE
                              WHEN "t77"."category_in_force" IS NULL
                              THEN NULL
                              ELSE CONCAT('kategori ', "t77"."category_in_force", ' og fraværet varer ud over ')
                            END || CAST(CASE
                              WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                          END AS "category_note"
                        FROM (
                          SELECT
                            "t76".*
                            EXCLUDE ("_cat_found")
                          FROM (
                            SELECT
                              "t75"."person_id",
                              "t75"."benefit",
                              "t75"."start_date",
                              "t75"."end_date",
                              "t75"."first_contact_date",
                              "t75"."target_group",
                              "t75"."first_absence_date",
                              "t75"."sickness_category",
                              "t75"."employed",
                              "t75"."handover_date",
                              "t75"."expected_absence_weeks",
                              "t75"."work_obligation",
                              "t75"."municipality",
                              "t75"."early_followup_request_date",
                              "t75"."education_order",
                              "t75"."periods",
                              "t75"."window_start",
                              "t75"."_cat1_until",
                              "t75"."_cat_found",
                              COALESCE("t75"."_cat_found", "t75"."sickness_category") AS "category_in_force"
                            FROM (
                              SELECT
                                "t74".*
                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                              FROM (
                                SELECT
                                  "t69"."person_id",
                                  "t69"."benefit",
                                  "t69"."start_date",
                                  "t69"."end_date",
                                  "t69"."first_contact_date",
                                  "t69"."target_group",
                                  "t69"."first_absence_date",
                                  "t69"."sickness_category",
                                  "t69"."employed",
                                  "t69"."handover_date",
                                  "t69"."expected_absence_weeks",
                                  "t69"."work_obligation",
                                  "t69"."municipality",
                                  "t69"."early_followup_request_date",
                                  "t69"."education_order",
                                  "t69"."periods",
                                  "t69"."window_start",
                                  "t69"."_cat1_until",
                                  "t73"."person_id" AS "person_id_right",
                                  "t73"."benefit" AS "benefit_right",
                                  "t73"."start_date" AS "start_date_right",
                                  "t73"."_cat_found"
                                FROM (
                                  SELECT
                                    "t66"."person_id",
                                    "t66"."benefit",
                                    "t66"."start_date",
                                    "t66"."end_date",
                                    "t66"."first_contact_date",
                                    "t66"."target_group",
                                    "t66"."first_absence_date",
                                    "t66"."sickness_category",
                                    "t66"."employed",
                                    "t66"."handover_date",
                                    "t66"."expected_absence_weeks",
                                    "t66"."work_obligation",
                                    "t66"."municipality",
                                    "t66"."early_followup_request_date",
                                    "t66"."education_order",
                                    "t66"."periods",
                                    COALESCE("t66"."first_absence_date", "t66"."start_date") AS "window_start",
                                    CAST(CAST(COALESCE("t66"."first_absence_date", "t66"."start_date") + TO_DAYS(
                                      (
                                        COALESCE(
                                          CASE
                                            WHEN COALESCE("t66"."first_absence_date", "t66"."start_date") >= MAKE_DATE(2015, 1, 1)
                                            THEN 8
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) * 7
                                      ) - 1
                                    ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                  FROM "t65" AS "t66"
                                  WHERE
                                    "t66"."benefit" IN ('sygedagpenge')
                                ) AS "t69"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t71"."person_id",
                                    "t71"."benefit",
                                    "t71"."start_date",
                                    FIRST("t71"."_cat" ORDER BY "t71"."_from" DESC) AS "_cat_found"
                                  FROM (
                                    SELECT
                                      "t70"."person_id",
                                      "t70"."benefit",
                                      "t70"."start_date",
                                      "t70"."_day",
                                      "t70"."_last",
                                      "t10"."_pid",
                                      "t10"."_from",
                                      "t10"."_cat"
                                    FROM (
                                      SELECT
                                        "t66"."person_id",
                                        "t66"."benefit",
                                        "t66"."start_date",
                                        CAST(CAST(COALESCE("t66"."first_absence_date", "t66"."start_date") + TO_DAYS(
                                          (
                                            COALESCE(
                                              CASE
                                                WHEN COALESCE("t66"."first_absence_date", "t66"."start_date") >= MAKE_DATE(2015, 1, 1)
                                                THEN 8
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) * 7
                                          ) - 1
                                        ) AS TIMESTAMP) AS DATE) AS "_day",
                                        "t66"."end_date" AS "_last"
                                      FROM "t65" AS "t66"
                                      WHERE
                                        "t66"."benefit" IN ('sygedagpenge')
                                    ) AS "t70"
                                    INNER JOIN (
                                      SELECT
                                        "t2"."person_id" AS "_pid",
                                        "t2"."start_date" AS "_from",
                                        "t2"."sickness_category" AS "_cat"
                                      FROM "benefit_periods" AS "t2"
                                      WHERE
                                        "t2"."benefit" = 'sygedagpenge'
                                        AND "t2"."start_date" <= CAST($as_of AS DATE)
                                        AND "t2"."sickness_category" IS NOT NULL
                                    ) AS "t10"
                                      ON "t70"."person_id" = "t10"."_pid"
                                      AND "t10"."_from" >= "t70"."start_date"
                                      AND "t10"."_from" <= "t70"."_day"
                                      AND (
                                        (
                                          "t70"."_last" IS NULL
                                        ) OR (
                                          "t10"."_from" <= "t70"."_last"
                                        )
                                      )
                                  ) AS "t71"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t73"
                                  ON "t69"."person_id" = "t73"."person_id"
                                  AND "t69"."benefit" = "t73"."benefit"
                                  AND "t69"."start_date" = "t73"."start_date"
                              ) AS "t74"
                            ) AS "t75"
                          ) AS "t76"
                        ) AS "t77"
                      ) AS "t78"
                    ) AS "t79"
                    WHERE
                      CASE
                        WHEN "t79"."window_start" >= MAKE_DATE(2026, 7, 1)
                        THEN 1
                        WHEN "t79"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 4
                        WHEN "t79"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                  ) AS "t88"
                  INNER JOIN (
                    SELECT
                      "t0"."person_id" AS "_pid",
                      "t0"."start_date" AS "_from",
                      "t0"."end_date" AS "_to",
                      "t0"."reason" AS "_reason"
                    FROM "exemptions" AS "t0"
                    WHERE
                      "t0"."start_date" <= CAST($as_of AS DATE)
                  ) AS "t8"
                    ON "t88"."person_id" = "t8"."_pid"
                    AND "t8"."_from" <= "t88"."_day"
                    AND "t8"."_to" >= "t88"."_day"
                ) AS "t90"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t95"
                ON "t87"."person_id" = "t95"."person_id"
                AND "t87"."benefit" = "t95"."benefit"
                AND "t87"."start_date" = "t95"."start_date"
            ) AS "t97"
          ) AS "t98"
        ) AS "t105"
        LEFT OUTER JOIN (
          SELECT
            "t112"."person_id",
            "t112"."benefit",
            "t112"."start_date",
            CASE
              WHEN (
                "t112"."_need" >= 1
              )
              AND (
                ARRAY_LENGTH("t112"."_dates") >= "t112"."_need"
              )
              THEN CAST(LIST_EXTRACT(
                "t112"."_dates",
                (
                  "t112"."_need" - 1
                ) + CAST((
                  "t112"."_need" - 1
                ) >= 0 AS BIGINT)
              ) AS DATE)
              ELSE CAST(NULL AS DATE)
            END AS "fulfilled_date",
            "t112"."first_held",
            "t112"."n_by_due",
            ARRAY_TO_STRING("t112"."_dates", ', ') AS "held_dates"
          FROM (
            SELECT
              "t107"."person_id",
              "t107"."benefit",
              "t107"."start_date",
              LIST_SORT(
                ARRAY_AGG(CAST("t107"."date" AS TEXT)) FILTER(WHERE
                  CAST("t107"."date" AS TEXT) IS NOT NULL)
              ) AS "_dates",
              CAST(MAX("t107"."_need") AS INT) AS "_need",
              MIN("t107"."date") AS "first_held",
              COUNT(*) FILTER(WHERE
                "t107"."date" <= "t107"."due_date") AS "n_by_due"
            FROM (
              SELECT
                "t92"."person_id",
                "t92"."benefit",
                "t92"."start_date",
                "t92"."date",
                "t92"."description",
                "t106"."_need",
                "t106"."due_date"
              FROM "t89" AS "t92"
              INNER JOIN (
                SELECT
                  "t98"."person_id",
                  "t98"."benefit",
                  "t98"."start_date",
                  "t98"."_need",
                  CASE
                    WHEN (
                      "t98"."exemption_end" IS NOT NULL
                    )
                    AND COALESCE(
                      CASE
                        WHEN "t98"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN TRUE
                        ELSE CAST(NULL AS BOOLEAN)
                      END,
                      FALSE
                    )
                    THEN CAST(CAST("t98"."exemption_end" + TO_DAYS(
                      DATE_DIFF('DAY', GREATEST("t98"."exemption_start", "t98"."window_start"), "t98"."due0") + 1
                    ) AS TIMESTAMP) AS DATE)
                    ELSE "t98"."due0"
                  END AS "due_date"
                FROM (
                  SELECT
                    "t97".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                  FROM (
                    SELECT
                      "t87"."person_id",
                      "t87"."benefit",
                      "t87"."start_date",
                      "t87"."end_date",
                      "t87"."first_contact_date",
                      "t87"."target_group",
                      "t87"."first_absence_date",
                      "t87"."sickness_category",
                      "t87"."employed",
                      "t87"."handover_date",
                      "t87"."expected_absence_weeks",
                      "t87"."work_obligation",
                      "t87"."municipality",
                      "t87"."early_followup_request_date",
                      "t87"."education_order",
                      "t87"."periods",
                      "t87"."window_start",
                      "t87"."category_in_force",
                      "t87"."category_exempt",
                      "t87"."category_note",
                      "t87"."_need",
                      "t87"."due0",
                      "t95"."person_id" AS "person_id_right",
                      "t95"."benefit" AS "benefit_right",
                      "t95"."start_date" AS "start_date_right",
                      "t95"."exemption_start",
                      "t95"."exemption_end",
                      "t95"."exemption_reason"
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
                        "t79"."category_in_force",
                        "t79"."category_exempt",
                        "t79"."category_note",
                        CASE
                          WHEN "t79"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 1
                          WHEN "t79"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 4
                          WHEN "t79"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN CAST(NULL AS BIGINT)
                          ELSE CAST(NULL AS BIGINT)
                        END AS "_need",
                        CAST(CAST(CAST(CAST("t79"."window_start" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t79"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t78".*
                          EXCLUDE ("_cat1_until")
                        FROM (
                          SELECT
                            "t77"."person_id",
                            "t77"."benefit",
                            "t77"."start_date",
                            "t77"."end_date",
                            "t77"."first_contact_date",
                            "t77"."target_group",
                            "t77"."first_absence_date",
                            "t77"."sickness_category",
                            "t77"."employed",
                            "t77"."handover_date",
                            "t77"."expected_absence_weeks",
                            "t77"."work_obligation",
                            "t77"."municipality",
                            "t77"."early_followup_request_date",
                            "t77"."education_order",
                            "t77"."periods",
                            "t77"."window_start",
                            "t77"."_cat1_until",
                            "t77"."category_in_force",
                            COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t77"."window_start" >= MAKE_DATE(2025, 1, 1)
                                  THEN ['1']
                                  WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN ['1']
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t77"."category_in_force"
                              ),
                              FALSE
                            )
                            AND (
                              (
                                CASE
                                  WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              OR (
                                (
                                  "t77"."end_date" IS NOT NULL
                                )
                                AND (
                                  "t77"."end_date" <= "t77"."_cat1_until"
                                )
                              )
                            ) AS "category_exempt",
                            CASE
                              WHEN NOT (
                                COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t77"."window_start" >= MAKE_DATE(2025, 1, 1)
                                      THEN ['1']
                                      WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN ['1']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t77"."category_in_force"
                                  ),
                                  FALSE
                                )
                              )
                              OR (
                                CASE
                                  WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              OR (
                                (
                                  "t77"."end_date" IS NOT NULL
                                )
                                AND (
                                  "t77"."end_date" <= "t77"."_cat1_until"
                                )
                              )
                              THEN ''
                              WHEN CAST($as_of AS DATE) <= "t77"."_cat1_until"
                              THEN CASE
                                WHEN "t77"."category_in_force" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'kategori ',
                                  "t77"."category_in_force",
                                  ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                                )
                              END || CAST(CASE
                                WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                              ELSE CASE
                                WHEN "t77"."category_in_force" IS NULL
                                THEN NULL
                                ELSE CONCAT('kategori ', "t77"."category_in_force", ' og fraværet varer ud over ')
                              END || CAST(CASE
                                WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                            END AS "category_note"
                          FROM (
                            SELECT
                              "t76".*
                              EXCLUDE ("_cat_found")
                            FROM (
                              SELECT
                                "t75"."person_id",
                                "t75"."benefit",
                                "t75"."start_date",
                                "t75"."end_date",
                                "t75"."first_contact_date",
                                "t75"."target_group",
                                "t75"."first_absence_date",
                                "t75"."sickness_category",
                                "t75"."employed",
                                "t75"."handover_date",
                                "t75"."expected_absence_weeks",
                                "t75"."work_obligation",
                                "t75"."municipality",
                                "t75"."early_followup_request_date",
                                "t75"."education_order",
                                "t75"."periods",
                                "t75"."window_start",
                                "t75"."_cat1_until",
                                "t75"."_cat_found",
                                COALESCE("t75"."_cat_found", "t75"."sickness_category") AS "category_in_force"
                              FROM (
                                SELECT
                                  "t74".*
                                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                FROM (
                                  SELECT
                                    "t69"."person_id",
                                    "t69"."benefit",
                                    "t69"."start_date",
                                    "t69"."end_date",
                                    "t69"."first_contact_date",
                                    "t69"."target_group",
                                    "t69"."first_absence_date",
                                    "t69"."sickness_category",
                                    "t69"."employed",
                                    "t69"."handover_date",
                                    "t69"."expected_absence_weeks",
                                    "t69"."work_obligation",
                                    "t69"."municipality",
                                    "t69"."early_followup_request_date",
                                    "t69"."education_order",
                                    "t69"."periods",
                                    "t69"."window_start",
                                    "t69"."_cat1_until",
                                    "t73"."person_id" AS "person_id_right",
                                    "t73"."benefit" AS "benefit_right",
                                    "t73"."start_date" AS "start_date_right",
                                    "t73"."_cat_found"
                                  FROM (
                                    SELECT
                                      "t66"."person_id",
                                      "t66"."benefit",
                                      "t66"."start_date",
                                      "t66"."end_date",
                                      "t66"."first_contact_date",
                                      "t66"."target_group",
                                      "t66"."first_absence_date",
                                      "t66"."sickness_category",
                                      "t66"."employed",
                                      "t66"."handover_date",
                                      "t66"."expected_absence_weeks",
                                      "t66"."work_obligation",
                                      "t66"."municipality",
                                      "t66"."early_followup_request_date",
                                      "t66"."education_order",
                                      "t66"."periods",
                                      COALESCE("t66"."first_absence_date", "t66"."start_date") AS "window_start",
                                      CAST(CAST(COALESCE("t66"."first_absence_date", "t66"."start_date") + TO_DAYS(
                                        (
                                          COALESCE(
                                            CASE
                                              WHEN COALESCE("t66"."first_absence_date", "t66"."start_date") >= MAKE_DATE(2015, 1, 1)
                                              THEN 8
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) * 7
                                        ) - 1
                                      ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                    FROM "t65" AS "t66"
                                    WHERE
                                      "t66"."benefit" IN ('sygedagpenge')
                                  ) AS "t69"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t71"."person_id",
                                      "t71"."benefit",
                                      "t71"."start_date",
                                      FIRST("t71"."_cat" ORDER BY "t71"."_from" DESC) AS "_cat_found"
                                    FROM (
                                      SELECT
                                        "t70"."person_id",
                                        "t70"."benefit",
                                        "t70"."start_date",
                                        "t70"."_day",
                                        "t70"."_last",
                                        "t10"."_pid",
                                        "t10"."_from",
                                        "t10"."_cat"
                                      FROM (
                                        SELECT
                                          "t66"."person_id",
                                          "t66"."benefit",
                                          "t66"."start_date",
                                          CAST(CAST(COALESCE("t66"."first_absence_date", "t66"."start_date") + TO_DAYS(
                                            (
                                              COALESCE(
                                                CASE
                                                  WHEN COALESCE("t66"."first_absence_date", "t66"."start_date") >= MAKE_DATE(2015, 1, 1)
                                                  THEN 8
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) * 7
                                            ) - 1
                                          ) AS TIMESTAMP) AS DATE) AS "_day",
                                          "t66"."end_date" AS "_last"
                                        FROM "t65" AS "t66"
                                        WHERE
                                          "t66"."benefit" IN ('sygedagpenge')
                                      ) AS "t70"
                                      INNER JOIN (
                                        SELECT
                                          "t2"."person_id" AS "_pid",
                                          "t2"."start_date" AS "_from",
                                          "t2"."sickness_category" AS "_cat"
                                        FROM "benefit_periods" AS "t2"
                                        WHERE
                                          "t2"."benefit" = 'sygedagpenge'
                                          AND "t2"."start_date" <= CAST($as_of AS DATE)
                                          AND "t2"."sickness_category" IS NOT NULL
                                      ) AS "t10"
                                        ON "t70"."person_id" = "t10"."_pid"
                                        AND "t10"."_from" >= "t70"."start_date"
                                        AND "t10"."_from" <= "t70"."_day"
                                        AND (
                                          (
                                            "t70"."_last" IS NULL
                                          ) OR (
                                            "t10"."_from" <= "t70"."_last"
                                          )
                                        )
                                    ) AS "t71"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t73"
                                    ON "t69"."person_id" = "t73"."person_id"
                                    AND "t69"."benefit" = "t73"."benefit"
                                    AND "t69"."start_date" = "t73"."start_date"
                                ) AS "t74"
                              ) AS "t75"
                            ) AS "t76"
                          ) AS "t77"
                        ) AS "t78"
                      ) AS "t79"
                      WHERE
                        CASE
                          WHEN "t79"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 1
                          WHEN "t79"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 4
                          WHEN "t79"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN CAST(NULL AS BIGINT)
                          ELSE CAST(NULL AS BIGINT)
                        END IS NOT NULL
                    ) AS "t87"
                    LEFT OUTER JOIN (
                      SELECT
                        "t90"."person_id",
                        "t90"."benefit",
                        "t90"."start_date",
                        FIRST("t90"."_from" ORDER BY "t90"."_to" DESC) AS "exemption_start",
                        MAX("t90"."_to") AS "exemption_end",
                        FIRST("t90"."_reason" ORDER BY "t90"."_to" DESC) AS "exemption_reason"
                      FROM (
                        SELECT
                          "t88"."person_id",
                          "t88"."benefit",
                          "t88"."start_date",
                          "t88"."_day",
                          "t8"."_pid",
                          "t8"."_from",
                          "t8"."_to",
                          "t8"."_reason"
                        FROM (
                          SELECT
                            "t79"."person_id",
                            "t79"."benefit",
                            "t79"."start_date",
                            CAST(CAST(CAST(CAST("t79"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t79"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
                          FROM (
                            SELECT
                              "t78".*
                              EXCLUDE ("_cat1_until")
                            FROM (
                              SELECT
                                "t77"."person_id",
                                "t77"."benefit",
                                "t77"."start_date",
                                "t77"."end_date",
                                "t77"."first_contact_date",
                                "t77"."target_group",
                                "t77"."first_absence_date",
                                "t77"."sickness_category",
                                "t77"."employed",
                                "t77"."handover_date",
                                "t77"."expected_absence_weeks",
                                "t77"."work_obligation",
                                "t77"."municipality",
                                "t77"."early_followup_request_date",
                                "t77"."education_order",
                                "t77"."periods",
                                "t77"."window_start",
                                "t77"."_cat1_until",
                                "t77"."category_in_force",
                                COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t77"."window_start" >= MAKE_DATE(2025, 1, 1)
                                      THEN ['1']
                                      WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN ['1']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t77"."category_in_force"
                                  ),
                                  FALSE
                                )
                                AND (
                                  (
                                    CASE
                                      WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN 8
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  OR (
                                    (
                                      "t77"."end_date" IS NOT NULL
                                    )
                                    AND (
                                      "t77"."end_date" <= "t77"."_cat1_until"
                                    )
                                  )
                                ) AS "category_exempt",
                                CASE
                                  WHEN NOT (
                                    COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t77"."window_start" >= MAKE_DATE(2025, 1, 1)
                                          THEN ['1']
                                          WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                          THEN ['1']
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t77"."category_in_force"
                                      ),
                                      FALSE
                                    )
                                  )
                                  OR (
                                    CASE
                                      WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN 8
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  OR (
                                    (
                                      "t77"."end_date" IS NOT NULL
                                    )
                                    AND (
                                      "t77"."end_date" <= "t77"."_cat1_until"
                                    )
                                  )
                                  THEN ''
                                  WHEN CAST($as_of AS DATE) <= "t77"."_cat1_until"
                                  THEN CASE
                                    WHEN "t77"."category_in_force" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'kategori ',
                                      "t77"."category_in_force",
                                      ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                                    )
                                  END || CAST(CASE
                                    WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                    THEN 8
                                    ELSE CAST(NULL AS BIGINT)
                                  END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                                  ELSE CASE
                                    WHEN "t77"."category_in_force" IS NULL
                                    THEN NULL
                                    ELSE CONCAT('kategori ', "t77"."category_in_force", ' og fraværet varer ud over ')
                                  END || CAST(CASE
                                    WHEN "t77"."window_start" >= MAKE_DATE(2015, 1, 1)
                                    THEN 8
                                    ELSE CAST(NULL AS BIGINT)
                                  END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                                END AS "category_note"
                              FROM (
                                SELECT
                                  "t76".*
                                  EXCLUDE ("_cat_found")
                                FROM (
                                  SELECT
                                    "t75"."person_id",
                                    "t75"."benefit",
                                    "t75"."start_date",
                                    "t75"."end_date",
                                    "t75"."first_contact_date",
                                    "t75"."target_group",
                                    "t75"."first_absence_date",
                                    "t75"."sickness_category",
                                    "t75"."employed",
                                    "t75"."handover_date",
                                    "t75"."expected_absence_weeks",
                                    "t75"."work_obligation",
                                    "t75"."municipality",
                                    "t75"."early_followup_request_date",
                                    "t75"."education_order",
                                    "t75"."periods",
                                    "t75"."window_start",
                                    "t75"."_cat1_until",
                                    "t75"."_cat_found",
                                    COALESCE("t75"."_cat_found", "t75"."sickness_category") AS "category_in_force"
                                  FROM (
                                    SELECT
                                      "t74".*
                                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                    FROM (
                                      SELECT
                                        "t69"."person_id",
                                        "t69"."benefit",
                                        "t69"."start_date",
                                        "t69"."end_date",
                                        "t69"."first_contact_date",
                                        "t69"."target_group",
                                        "t69"."first_absence_date",
                                        "t69"."sickness_category",
                                        "t69"."employed",
                                        "t69"."handover_date",
                                        "t69"."expected_absence_weeks",
                                        "t69"."work_obligation",
                                        "t69"."municipality",
                                        "t69"."early_followup_request_date",
                                        "t69"."education_order",
                                        "t69"."periods",
                                        "t69"."window_start",
                                        "t69"."_cat1_until",
                                        "t73"."person_id" AS "person_id_right",
                                        "t73"."benefit" AS "benefit_right",
                                        "t73"."start_date" AS "start_date_right",
                                        "t73"."_cat_found"
                                      FROM (
                                        SELECT
                                          "t66"."person_id",
                                          "t66"."benefit",
                                          "t66"."start_date",
                                          "t66"."end_date",
                                          "t66"."first_contact_date",
                                          "t66"."target_group",
                                          "t66"."first_absence_date",
                                          "t66"."sickness_category",
                                          "t66"."employed",
                                          "t66"."handover_date",
                                          "t66"."expected_absence_weeks",
                                          "t66"."work_obligation",
                                          "t66"."municipality",
                                          "t66"."early_followup_request_date",
                                          "t66"."education_order",
                                          "t66"."periods",
                                          COALESCE("t66"."first_absence_date", "t66"."start_date") AS "window_start",
                                          CAST(CAST(COALESCE("t66"."first_absence_date", "t66"."start_date") + TO_DAYS(
                                            (
                                              COALESCE(
                                                CASE
                                                  WHEN COALESCE("t66"."first_absence_date", "t66"."start_date") >= MAKE_DATE(2015, 1, 1)
                                                  THEN 8
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) * 7
                                            ) - 1
                                          ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                        FROM "t65" AS "t66"
                                        WHERE
                                          "t66"."benefit" IN ('sygedagpenge')
                                      ) AS "t69"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t71"."person_id",
                                          "t71"."benefit",
                                          "t71"."start_date",
                                          FIRST("t71"."_cat" ORDER BY "t71"."_from" DESC) AS "_cat_found"
                                        FROM (
                                          SELECT
                                            "t70"."person_id",
                                            "t70"."benefit",
                                            "t70"."start_date",
                                            "t70"."_day",
                                            "t70"."_last",
                                            "t10"."_pid",
                                            "t10"."_from",
                                            "t10"."_cat"
                                          FROM (
                                            SELECT
                                              "t66"."person_id",
                                              "t66"."benefit",
                                              "t66"."start_date",
                                              CAST(CAST(COALESCE("t66"."first_absence_date", "t66"."start_date") + TO_DAYS(
                                                (
                                                  COALESCE(
                                                    CASE
                                                      WHEN COALESCE("t66"."first_absence_date", "t66"."start_date") >= MAKE_DATE(2015, 1, 1)
                                                      THEN 8
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) * 7
                                                ) - 1
                                              ) AS TIMESTAMP) AS DATE) AS "_day",
                                              "t66"."end_date" AS "_last"
                                            FROM "t65" AS "t66"
                                            WHERE
                                              "t66"."benefit" IN ('sygedagpenge')
                                          ) AS "t70"
                                          INNER JOIN (
                                            SELECT
                                              "t2"."person_id" AS "_pid",
                                              "t2"."start_date" AS "_from",
                                              "t2"."sickness_category" AS "_cat"
                                            FROM "benefit_periods" AS "t2"
                                            WHERE
                                              "t2"."benefit" = 'sygedagpenge'
                                              AND "t2"."start_date" <= CAST($as_of AS DATE)
                                              AND "t2"."sickness_category" IS NOT NULL
                                          ) AS "t10"
                                            ON "t70"."person_id" = "t10"."_pid"
                                            AND "t10"."_from" >= "t70"."start_date"
                                            AND "t10"."_from" <= "t70"."_day"
                                            AND (
                                              (
                                                "t70"."_last" IS NULL
                                              ) OR (
                                                "t10"."_from" <= "t70"."_last"
                                              )
                                            )
                                        ) AS "t71"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t73"
                                        ON "t69"."person_id" = "t73"."person_id"
                                        AND "t69"."benefit" = "t73"."benefit"
                                        AND "t69"."start_date" = "t73"."start_date"
                                    ) AS "t74"
                                  ) AS "t75"
                                ) AS "t76"
                              ) AS "t77"
                            ) AS "t78"
                          ) AS "t79"
                          WHERE
                            CASE
                              WHEN "t79"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN 1
                              WHEN "t79"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              WHEN "t79"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                        ) AS "t88"
                        INNER JOIN (
                          SELECT
                            "t0"."person_id" AS "_pid",
                            "t0"."start_date" AS "_from",
                            "t0"."end_date" AS "_to",
                            "t0"."reason" AS "_reason"
                          FROM "exemptions" AS "t0"
                          WHERE
                            "t0"."start_date" <= CAST($as_of AS DATE)
                        ) AS "t8"
                          ON "t88"."person_id" = "t8"."_pid"
                          AND "t8"."_from" <= "t88"."_day"
                          AND "t8"."_to" >= "t88"."_day"
                      ) AS "t90"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t95"
                      ON "t87"."person_id" = "t95"."person_id"
                      AND "t87"."benefit" = "t95"."benefit"
                      AND "t87"."start_date" = "t95"."start_date"
                  ) AS "t97"
                ) AS "t98"
              ) AS "t106"
                ON "t92"."person_id" = "t106"."person_id"
                AND "t92"."benefit" = "t106"."benefit"
                AND "t92"."start_date" = "t106"."start_date"
            ) AS "t107"
            GROUP BY
              1,
              2,
              3
          ) AS "t112"
        ) AS "t117"
          ON "t105"."person_id" = "t117"."person_id"
          AND "t105"."benefit" = "t117"."benefit"
          AND "t105"."start_date" = "t117"."start_date"
      ) AS "t120"
    ) AS "t121"
  ) AS "t123"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t122"."person_id",
      "t122"."benefit",
      "t122"."window_start",
      "t122"."due_date",
      "t122"."next_date" AS "fulfilled_date",
      CONCAT_WS(
        '; ',
        NULLIF(
          CASE
            WHEN "t122"."category_exempt"
            THEN CASE
              WHEN "t122"."category_in_force" IS NULL
              THEN NULL
              ELSE CONCAT('visitationskategori ', "t122"."category_in_force", ': intet fast opfølgningsforløb')
            END
            WHEN "t122"."next_date" IS NOT NULL
            THEN CASE
              WHEN "t122"."description" IS NULL OR "t122"."next_text" IS NULL
              THEN NULL
              ELSE CONCAT('forrige: ', "t122"."description", '; næste: ', "t122"."next_text")
            END
            WHEN (
              "t122"."end_date" IS NOT NULL
            )
            AND (
              "t122"."end_date" < "t122"."due_date"
            )
            AND (
              "t122"."next_date" IS NULL
            )
            THEN CASE
              WHEN CAST("t122"."end_date" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT('sygedagpengeforløbet sluttede ', CAST("t122"."end_date" AS TEXT), ' før fristen')
            END
            ELSE CASE
              WHEN "t122"."description" IS NULL
              THEN NULL
              ELSE CONCAT('forrige: ', "t122"."description", '; ingen senere opfølgningssamtale')
            END
          END,
          ''
        ),
        NULLIF(
          CASE
            WHEN "t122"."exemption_applies"
            THEN CASE
              WHEN CAST("t122"."exemption_start" AS TEXT) IS NULL
              OR CAST("t122"."exemption_end" AS TEXT) IS NULL
              OR "t122"."exemption_reason" IS NULL
              THEN NULL
              ELSE CONCAT(
                'fritaget ',
                CAST("t122"."exemption_start" AS TEXT),
                '–',
                CAST("t122"."exemption_end" AS TEXT),
                ' (',
                "t122"."exemption_reason",
                '), fristen forlænget'
              )
            END
            ELSE ''
          END,
          ''
        )
      ) AS "evidence",
      NOT (
        "t122"."category_exempt"
      )
      AND NOT (
        (
          "t122"."end_date" IS NOT NULL
        )
        AND (
          "t122"."end_date" < "t122"."due_date"
        )
        AND (
          "t122"."next_date" IS NULL
        )
      ) AS "is_applicable",
      "t122"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t122"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t119"."person_id",
        "t119"."benefit",
        "t119"."start_date",
        "t119"."date",
        "t119"."description",
        "t119"."next_date",
        "t119"."next_text",
        "t119"."_weeks",
        "t119"."end_date",
        "t119"."category_exempt",
        "t119"."sickness_category",
        "t119"."category_in_force",
        "t119"."category_note",
        "t119"."employed",
        "t119"."expected_absence_weeks",
        "t119"."window_start",
        "t119"."due0",
        "t119"."exemption_start",
        "t119"."exemption_end",
        "t119"."exemption_reason",
        CASE
          WHEN (
            "t119"."exemption_end" IS NOT NULL
          )
          AND COALESCE(
            CASE
              WHEN "t119"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN TRUE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
          THEN CAST(CAST("t119"."exemption_end" + TO_DAYS(
            DATE_DIFF('DAY', GREATEST("t119"."exemption_start", "t119"."window_start"), "t119"."due0") + 1
          ) AS TIMESTAMP) AS DATE)
          ELSE "t119"."due0"
        END AS "due_date",
        (
          "t119"."exemption_end" IS NOT NULL
        )
        AND COALESCE(
          CASE
            WHEN "t119"."window_start" >= MAKE_DATE(2015, 1, 1)
            THEN TRUE
            ELSE CAST(NULL AS BOOLEAN)
          END,
          FALSE
        ) AS "exemption_applies"
      FROM (
        SELECT
          "t118".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right", "window_start_right")
        FROM (
          SELECT
            "t110"."person_id",
            "t110"."benefit",
            "t110"."start_date",
            "t110"."date",
            "t110"."description",
            "t110"."next_date",
            "t110"."next_text",
            "t110"."_weeks",
            "t110"."end_date",
            "t110"."category_exempt",
            "t110"."sickness_category",
            "t110"."category_in_force",
            "t110"."category_note",
            "t110"."employed",
            "t110"."expected_absence_weeks",
            "t110"."window_start",
            "t110"."due0",
            "t115"."person_id" AS "person_id_right",
            "t115"."benefit" AS "benefit_right",
            "t115"."start_date" AS "start_date_right",
            "t115"."window_start" AS "window_start_right",
            "t115"."exemption_start",
            "t115"."exemption_end",
            "t115"."exemption_reason"
          FROM (
            SELECT
              "t102"."person_id",
              "t102"."benefit",
              "t102"."start_date",
              "t102"."date",
              "t102"."description",
              "t102"."next_date",
              "t102"."next_text",
              "t102"."_weeks",
              "t102"."end_date",
              "t102"."category_exempt",
              "t102"."sickness_category",
              "t102"."category_in_force",
              "t102"."category_note",
              "t102"."employed",
              "t102"."expected_absence_weeks",
              "t102"."date" AS "window_start",
              CAST(CAST("t102"."date" + TO_DAYS("t102"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t101" AS "t102"
          ) AS "t110"
          LEFT OUTER JOIN (
            SELECT
              "t113"."person_id",
              "t113"."benefit",
              "t113"."start_date",
              "t113"."window_start",
              FIRST("t113"."_from" ORDER BY "t113"."_to" DESC) AS "exemption_start",
              MAX("t113"."_to") AS "exemption_end",
              FIRST("t113"."_reason" ORDER BY "t113"."_to" DESC) AS "exemption_reason"
            FROM (
              SELECT
                "t111"."person_id",
                "t111"."benefit",
                "t111"."start_date",
                "t111"."window_start",
                "t111"."_day",
                "t8"."_pid",
                "t8"."_from",
                "t8"."_to",
                "t8"."_reason"
              FROM (
                SELECT
                  "t102"."person_id",
                  "t102"."benefit",
                  "t102"."start_date",
                  "t102"."date" AS "window_start",
                  CAST(CAST("t102"."date" + TO_DAYS("t102"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "_day"
                FROM "t101" AS "t102"
              ) AS "t111"
              INNER JOIN (
                SELECT
                  "t0"."person_id" AS "_pid",
                  "t0"."start_date" AS "_from",
                  "t0"."end_date" AS "_to",
                  "t0"."reason" AS "_reason"
                FROM "exemptions" AS "t0"
                WHERE
                  "t0"."start_date" <= CAST($as_of AS DATE)
              ) AS "t8"
                ON "t111"."person_id" = "t8"."_pid"
                AND "t8"."_from" <= "t111"."_day"
                AND "t8"."_to" >= "t111"."_day"
            ) AS "t113"
            GROUP BY
              1,
              2,
              3,
              4
          ) AS "t115"
            ON "t110"."person_id" = "t115"."person_id"
            AND "t110"."benefit" = "t115"."benefit"
            AND "t110"."start_date" = "t115"."start_date"
            AND "t110"."window_start" = "t115"."window_start"
        ) AS "t118"
      ) AS "t119"
    ) AS "t122"
  ) AS "t124"
) AS "t125"
